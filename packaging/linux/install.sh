#!/usr/bin/env bash
# Install an unpacked bundle system-wide: /opt/patient-reader, a menu entry, the icon and AppStream data.
#     sudo packaging/linux/install.sh [dist/patient-reader]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bundle="${1:-$here/../../dist/patient-reader}"
icons="$bundle/_internal/resources/icons"
[ -x "$bundle/patient-reader" ] || { echo "no bundle at $bundle" >&2; exit 1; }
id=dk.patient_reader.PatientReader
rm -rf /opt/patient-reader
cp -a "$bundle" /opt/patient-reader
ln -sf /opt/patient-reader/patient-reader /usr/local/bin/patient-reader
install -Dm644 "$here/$id.desktop" "/usr/share/applications/$id.desktop"
install -Dm644 "$here/$id.metainfo.xml" "/usr/share/metainfo/$id.metainfo.xml"
install -Dm644 "$icons/patient-reader.svg" "/usr/share/icons/hicolor/scalable/apps/$id.svg"
for size in 16 24 32 48 64 128 256 512; do
  install -Dm644 "$icons/patient-reader-$size.png" "/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q /usr/share/icons/hicolor || true
echo "installed to /opt/patient-reader; start it from the menu or with: patient-reader"
