#!/usr/bin/env bash
# Manual check (not in the suite: CI has no Openbox): the kiosk under Xvfb with an Openbox, against the
# window manager's own bindings. For each binding: is the kiosk back in front (mapped, full screen, on the
# current desktop, active) and how soon; then a crash: the longest time nothing covers the desktop.
#   apt-get install xvfb openbox xdotool wmctrl x11-utils
#   bash bench/kiosk_openbox.sh [stock|locked] [OUTDIR]
#     stock:  /etc/xdg/openbox/rc.xml (what a clinic gets from "apt install openbox")
#     locked: packaging/linux/openbox/rc.xml (no bindings, no menus)
set -u
MODE=${1:-stock}
OUT=${2:-/tmp/kiosk-openbox-$MODE}
PY=${PY:-.venv/bin/python}
DISPLAY_NUM=:${KIOSK_DISPLAY:-96}
mkdir -p "$OUT"
export PATIENT_READER_HOME="$OUT/home" QT_QPA_PLATFORM=xcb DISPLAY=$DISPLAY_NUM XDG_CONFIG_HOME="$OUT/xdg"
RC=/etc/xdg/openbox/rc.xml
if [ "$MODE" = locked ]; then
    RC=$(pwd)/packaging/linux/openbox/rc.xml  # absolute: openbox changes to the home folder
    mkdir -p "$XDG_CONFIG_HOME/openbox"; cp packaging/linux/openbox/menu.xml "$XDG_CONFIG_HOME/openbox/"
fi
Xvfb "$DISPLAY_NUM" -screen 0 1280x800x24 >"$OUT/xvfb.log" 2>&1 & XVFB=$!
sleep 1
openbox --config-file "$RC" >"$OUT/openbox.log" 2>&1 & WM=$!
sleep 1
"$PY" -m ui --kiosk --idle-timeout 600 >"$OUT/kiosk.log" 2>&1 & SUP=$!
cleanup() { kill "$SUP" 2>/dev/null; sleep 1; kill "$WM" "$XVFB" 2>/dev/null; wait 2>/dev/null; }
trap cleanup EXIT
sleep 6
kiosk_window() { xdotool search --name 'Patientlæser – kiosk' 2>/dev/null | tail -1; }
now_ms() { date +%s%3N; }
in_front() {  # mapped, on the current desktop (or sticky), full screen and active
    local win=$1
    xwininfo -id "$win" 2>/dev/null | grep -q "IsViewable" || return 1
    xprop -id "$win" _NET_WM_STATE 2>/dev/null | grep -q FULLSCREEN || return 1
    [ "$(xdotool getactivewindow 2>/dev/null)" = "$win" ] || return 1
}
measure() {  # $1 name, then the command that does it; prints whether it left the front and when it was back
    local name=$1; shift
    local win; win=$(kiosk_window)
    local start; start=$(now_ms)
    "$@"
    local left=no back=""
    for _ in $(seq 1 60); do  # 3 s
        if in_front "$win"; then back=$(( $(now_ms) - start )); [ "$left" = yes ] && break
            [ $(( $(now_ms) - start )) -gt 1500 ] && break
        else left=yes; back=""; fi
        sleep 0.05
    done
    local desktop; desktop=$(xdotool get_desktop 2>/dev/null)
    local result="stayed in front"
    [ "$left" = yes ] && result="left, back in front after ${back:-never (3 s)}${back:+ ms}"
    printf '%-34s %-40s current desktop: %s\n' "$name" "$result" "$desktop"
    import -window root "$OUT/$(echo "$name" | tr -c 'A-Za-z0-9\n' '_').png" 2>/dev/null
    xdotool set_desktop 0 2>/dev/null; xdotool key Escape 2>/dev/null; sleep 0.5
}
WIN=$(kiosk_window)
echo "openbox: $MODE ($RC); kiosk window $WIN; desktops: $(xdotool get_num_desktops)"
xprop -id "$WIN" _NET_WM_STATE _NET_WM_DESKTOP | sed 's/^/  /'
measure "Ctrl+Alt+Right"                  xdotool key ctrl+alt+Right
measure "Super+F2"                        xdotool key super+F2
measure "Alt+wheel down"                  sh -c 'xdotool mousemove 640 400 keydown alt click 5 keyup alt'
measure "Super+D"                         xdotool key super+d
measure "Alt+Space, Send to desktop 2"    sh -c 'xdotool key alt+space; sleep 0.3; xdotool key Return; sleep 0.2; xdotool key Down Return'
measure "wmctrl -t 1 (send to desktop 2)" wmctrl -i -r "$WIN" -t 1
measure "iconify (xdotool windowminimize)" xdotool windowminimize "$WIN"
# A right-click on the bare desktop: only possible in a gap; ask Openbox what the root window does.
xdotool mousemove 5 795 click 3; sleep 0.4
MENU=$(xdotool search --class openbox 2>/dev/null | while read -r w; do xwininfo -id "$w" | grep -q IsViewable && echo "$w"; done | head -1)
echo "right-click where the kiosk is: menu shown: ${MENU:+yes}${MENU:-no}"; xdotool key Escape
# A crash: how long is the desktop bare (nothing of ours mapped full screen)?
CHILD=$(pgrep -P "$SUP" -f "ui --kiosk" | head -1)
kill -SEGV "$CHILD"; start=$(now_ms); bare=0; longest=0; last=$start; back=""
for _ in $(seq 1 100); do  # 5 s
    t=$(now_ms)
    if xdotool search --onlyvisible --name 'Patientlæser' >/dev/null 2>&1; then bare=0
    else bare=$(( bare + t - last )); [ $bare -gt $longest ] && longest=$bare; fi
    last=$t
    w=$(kiosk_window); if [ -n "$w" ] && [ "$w" != "$WIN" ] && in_front "$w"; then back=$(( t - start )); break; fi
    sleep 0.05
done
echo "crash (SIGSEGV): new kiosk in front after ${back:-never} ms; desktop bare for at most ${longest} ms"
grep -E "gik ned|genstarter" "$OUT/kiosk.log" | tail -2
