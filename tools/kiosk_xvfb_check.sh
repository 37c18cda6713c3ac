#!/usr/bin/env bash
# Run the kiosk for real under Xvfb with a window manager (openbox), try to leave it the ways a patient
# could (Alt+F4, Esc, Ctrl+Q, Ctrl+W, the WM's close), crash it once, and take screenshots.
#   apt-get install xvfb xdotool openbox imagemagick   (and the xcb libraries `patient-reader` asks for)
#   bash tools/kiosk_xvfb_check.sh [OUTDIR]
set -u
OUT=${1:-/tmp/kiosk-xvfb}
PY=${PY:-.venv/bin/python}
DISPLAY_NUM=:${KIOSK_DISPLAY:-97}
mkdir -p "$OUT"
export PATIENT_READER_HOME="$OUT/home" QT_QPA_PLATFORM=xcb DISPLAY=$DISPLAY_NUM
Xvfb "$DISPLAY_NUM" -screen 0 1920x1080x24 >"$OUT/xvfb.log" 2>&1 & XVFB=$!
sleep 1
openbox >"$OUT/openbox.log" 2>&1 & WM=$!
sleep 1
"$PY" -m ui --kiosk --idle-timeout 10 >"$OUT/kiosk.log" 2>&1 & SUP=$!
cleanup() { kill "$SUP" 2>/dev/null; sleep 1; kill "$WM" "$XVFB" 2>/dev/null; wait 2>/dev/null; }
trap cleanup EXIT
sleep 5
child() { pgrep -P "$SUP" | head -1; }
FIRST=$(child)
fail=0
import -window root "$OUT/1-home.png"
for keys in alt+F4 Escape ctrl+q ctrl+w; do
    xdotool key "$keys"; sleep 1
    if [ "$(child)" != "$FIRST" ]; then echo "FAIL: $keys closed the kiosk"; fail=1; fi
done
WIN=$(xdotool search --name kiosk | tail -1)
xdotool windowquit "$WIN" 2>/dev/null || true   # a polite WM_DELETE_WINDOW, like the title bar's close
sleep 1
[ "$(child)" = "$FIRST" ] || { echo "FAIL: the window manager's close closed the kiosk"; fail=1; }
xdotool mousemove 900 230 click 1; sleep 1
import -window root "$OUT/2-keyboard.png"
xdotool mousemove 370 400 click 1; sleep 11
import -window root "$OUT/3-countdown.png"
kill -SEGV "$FIRST"; sleep 4
SECOND=$(child)
if [ -z "$SECOND" ] || [ "$SECOND" = "$FIRST" ]; then echo "FAIL: not restarted after a crash"; fail=1; fi
import -window root "$OUT/4-after-crash.png"
grep -c "gik ned" "$OUT/kiosk.log" | sed 's/^/crash log lines: /'
[ $fail = 0 ] && echo "OK: the kiosk stayed up; screenshots in $OUT"
exit $fail
