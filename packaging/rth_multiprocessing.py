"""Runtime hook of the bundle, in place of PyInstaller's pyi_rth_multiprocessing (build.spec): multiprocessing is
set up for a frozen program when it is first imported, not at every start (the window's start never uses it).

What it sets up is PyInstaller's own hook (Apache-2.0, PyInstaller 6): a spawned worker (`--multiprocessing-fork`)
or the resource tracker (`-c "from multiprocessing.resource_tracker import main …"`) runs from freeze_support(),
and the parent's spawn does not look for the main script beside the working folder (ORIGINAL_DIR is None)."""

import importlib.abc
import importlib.machinery
import importlib.util
import sys
import types

_HELPERS = ("from multiprocessing.resource_tracker import main", "from multiprocessing.forkserver import main",
            "import sys; from multiprocessing.forkserver import main")


def _set_up(multiprocessing: types.ModuleType) -> None:
    """PyInstaller's set-up of multiprocessing, run once the package is imported."""
    import multiprocessing.process
    import multiprocessing.spawn
    from subprocess import _args_from_interpreter_flags  # type: ignore[attr-defined]

    multiprocessing.process.ORIGINAL_DIR = None  # type: ignore[attr-defined]

    def freeze_support() -> None:
        argv = sys.argv
        if "-c" in argv:  # a helper process: run its command, then leave
            at = argv.index("-c")
            if (set(argv[1:at]) == set(_args_from_interpreter_flags()) and len(argv) > at + 1
                    and argv[at + 1].startswith(_HELPERS)):
                exec(argv[at + 1])  # the command multiprocessing itself passed
                sys.exit()
        if multiprocessing.spawn.is_forking(argv):  # a spawned worker: run it, then leave
            options: dict[str, int | None] = {}
            for arg in argv[2:]:
                name, value = arg.split("=")
                options[name] = None if value == "None" else int(value)
            multiprocessing.spawn.spawn_main(**options)
            sys.exit()

    multiprocessing.freeze_support = multiprocessing.spawn.freeze_support = freeze_support  # type: ignore[attr-defined]


class _AfterImport(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds `multiprocessing` as the other finders do, and sets it up right after its import."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> importlib.machinery.ModuleSpec | None:
        if name != "multiprocessing":
            return None
        sys.meta_path.remove(self)  # once
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        self._loader = spec.loader
        spec.loader = self
        return spec

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self._loader.create_module(spec)  # type: ignore[union-attr]

    def exec_module(self, module: types.ModuleType) -> None:
        self._loader.exec_module(module)  # type: ignore[union-attr]
        _set_up(module)


if "multiprocessing" in sys.modules:
    _set_up(sys.modules["multiprocessing"])
else:
    sys.meta_path.insert(0, _AfterImport())
