#!/usr/bin/env python3
"""A federation staff member's first congress, driven through the real
console in an X server (Xvfb) with a window manager (openbox), by X input
events only: clicks on controls found by their visible text (from the map
the console writes under HUIXUAN_UI_MAP), keys and typed Chinese.

From an empty start: create the workspace through the file dialog, make the
signing key, import a GB18030 roster through the dialog, set up the founding
congress, check in by name and by pinyin initials (one wrong check-in
undone; the rest at a second desk, huixuan-cli, which the console takes in),
adopt the method and the scrutineers by name, open the executive contest
with candidates picked by name, record the ballots issued and returned (a
typo that would void the round is caught and put right), type every ballot
at the desk (one typo corrected), close the count, announce, show the result
on the projector and close it with Esc; open the first plenary with its
presiding officer picked from the new executives, check them in (two with
delegate cards, typed as a barcode reader types), elect the chair and the
vice-chairs the same way, resume the congress; generate the signed
documents and verify one through the dialog. Every contest's figures must be
the founding congress's expected ones; any crash, QML warning, clipped label
or overlapping controls fails the run. After each stage it prints how many
events another program reads from the workspace file.

usage: walkthrough.py HUIXUAN HUIXUAN_CLI SOURCE_DIR OUT_DIR
Needs: xvfb xdotool openbox x11-utils x11-xserver-utils imagemagick (Debian packages).
In ./test.sh (ctest "walkthrough: …"); about 2 min 40 s on the 2-core machine.
"""
import faulthandler
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

faulthandler.register(__import__("signal").SIGUSR1)  # kill -USR1 prints where a stuck run waits
HUIXUAN, CLI, SRC, OUT = sys.argv[1], sys.argv[2], pathlib.Path(sys.argv[3]), pathlib.Path(sys.argv[4])
SCENARIO = json.loads((SRC / "assets/scenarios/founding-congress.json").read_text())
EXPECTED = json.loads((SRC / "tests/fixtures/founding-congress/expected.json").read_text())
PASSPHRASE = "xingguang-2026"
problems = []


def fail(message):
    raise SystemExit(f"walkthrough FAILED: {message}")


class Desktop:
    """Xvfb + openbox + the console, and the X input a person gives it."""

    def __init__(self, home, width, height):
        self.home = home
        self.map = home / "ui-map.json"
        self.display = self._free_display()
        self.procs = []
        self._start(["Xvfb", self.display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"])
        self.env = dict(os.environ, DISPLAY=self.display, HOME=str(home), LANG="zh_CN.UTF-8", LC_ALL="",
                        XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
                        XDG_RUNTIME_DIR=str(home / "run"), HUIXUAN_UI_MAP=str(self.map), QT_QPA_PLATFORM="xcb")
        self.env.pop("QT_QPA_PLATFORM_PLUGIN_PATH", None)
        (home / "run").mkdir(mode=0o700)
        self._wait(lambda: subprocess.run(["xdpyinfo"], env=self.env, capture_output=True).returncode == 0, "Xvfb")
        self._start(["openbox"], env=self.env)
        time.sleep(0.5)
        self.log = open(home / "console.log", "w")
        self.console = subprocess.Popen([HUIXUAN], env=self.env, stdout=self.log, stderr=subprocess.STDOUT, cwd=home)
        self.procs.append(self.console)
        self.wait_for("开始", contains=True, timeout=30)

    @staticmethod
    def _free_display():
        for n in range(90, 130):
            if not os.path.exists(f"/tmp/.X11-unix/X{n}") and not os.path.exists(f"/tmp/.X{n}-lock"):
                return f":{n}"
        fail("no free X display")

    def _start(self, argv, env=None):
        self.procs.append(subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))

    def _wait(self, ready, what, timeout=20):
        start = time.time()
        while time.time() < start + timeout:
            if ready():
                if time.time() - start > 3:
                    print(f"  waited {time.time() - start:.1f} s for {what}", flush=True)
                return
            time.sleep(0.1)
        fail(f"timed out waiting for {what}")

    def close(self):
        for p in reversed(self.procs):
            p.terminate()
        for p in self.procs:
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()
        self.log.close()

    # What is on the screen.
    def controls(self):
        if self.console.poll() is not None:
            fail(f"the console exited with {self.console.returncode}")
        try:
            return json.loads(self.map.read_text())
        except (FileNotFoundError, json.JSONDecodeError):
            return []

    def find(self, text=None, name=None, cls=None, window=None, contains=False):
        for c in self.controls():
            if text is not None and not (text in c["text"] if contains else c["text"] == text):
                continue
            if name is not None and c["name"] != name:
                continue
            if cls is not None and cls not in c["class"]:
                continue
            if window is not None and window not in c["window"]:
                continue
            return c
        return None

    def wait_for(self, text=None, timeout=15, **kw):
        found = []
        self._wait(lambda: found.append(self.find(text, **kw)) or found[-1] is not None, f"“{text or kw}” on screen", timeout)
        return found[-1]

    def gone(self, text, timeout=10, **kw):
        self._wait(lambda: self.find(text, **kw) is None, f"“{text}” to go", timeout)

    # What a person does.
    def xdo(self, *args):
        subprocess.run(["xdotool", *args], env=self.env, check=True)
        time.sleep(0.12)

    def click(self, text=None, **kw):
        c = self.wait_for(text, **kw)
        self._wait(lambda: (self.find(text, **kw) or {}).get("enabled"), f"“{text or kw}” enabled", 10)
        c = self.steady(self.find(text, **kw))
        self.press_at(c["x"] + c["w"] // 2, c["y"] + c["h"] // 2)

    def focused_text(self):
        f = [c for c in self.controls() if c.get("focus") and ("TextField" in c["class"] or "TextInput" in c["class"])]
        return f[0]["text"] if f else None

    def type(self, text):
        """Types into the focused field and checks what arrived: xdotool's keysym remapping
        occasionally drops a Chinese character, so a field that does not read back right
        is cleared and typed again, as a person would who sees a typo."""
        before = self.focused_text() or ""
        for attempt in range(4):
            self._type(text)
            want = before + text
            end = time.time() + 2
            while time.time() < end and self.focused_text() != want:
                time.sleep(0.1)
            if self.focused_text() in (want, None):
                return
            print(f"  retyping “{text}”: the field reads “{self.focused_text()}”", flush=True)
            self.key("ctrl+a", "BackSpace")
            self._type(before)
        fail(f"could not type “{text}”")

    def _type(self, text):
        """Chinese goes as keysyms mapped beforehand to keycodes of their own (xmodmap, on the
        multimedia keys the console never reads): xdotool then presses them as it finds them,
        where lending one spare keycode to each character in turn loses characters the console
        has not read before the next one takes the keycode over."""
        chinese = sorted({ch for ch in text if not (ch.isascii() and ch.isprintable())})
        if chinese:
            mapping = [f"keycode {160 + i} = U{ord(ch):04X}" for i, ch in enumerate(chinese[:90])]
            subprocess.run(["xmodmap", *sum((["-e", m] for m in mapping), [])], env=self.env, check=True)
            time.sleep(0.3)
        keys = [f"U{ord(ch):04X}" if ch in chinese else ch for ch in text]
        for i in range(0, len(keys), 20):
            chunk = keys[i:i + 20]
            if all(len(k) == 1 for k in chunk):
                # "--": a chunk may begin with "-" (a temporary folder's random name), which
                # xdotool would take for an option.
                subprocess.run(["xdotool", "type", "--delay", "25", "--", "".join(chunk)], env=self.env, check=True)
            else:
                for k in chunk:
                    if len(k) == 1:
                        subprocess.run(["xdotool", "type", "--delay", "25", "--", k], env=self.env, check=True)
                    else:
                        subprocess.run(["xdotool", "key", "--delay", "25", k], env=self.env, check=True)
        time.sleep(0.15)

    def key(self, *keys):
        for k in keys:
            self.xdo("key", k)

    def press_at(self, x, y):
        """The pointer moves there, rests, then clicks — as a hand does; a click in the same
        instant as the move can arrive before the control knows the pointer is over it.
        If no window of the console is active (the X focus went elsewhere, after a dialog
        closed), its window under the pointer is activated first: with openbox the first
        click on an inactive window only activates it, and a person would simply click again."""
        self.xdo("mousemove", str(x), str(y))
        ours = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.console.pid)], env=self.env,
                              capture_output=True, text=True, timeout=5).stdout.split()
        active = subprocess.run(["xdotool", "getactivewindow"], env=self.env, capture_output=True, text=True, timeout=5).stdout.strip()
        if ours and active not in ours:
            subprocess.run(["xdotool", "windowactivate", "--sync", ours[-1]], env=self.env, capture_output=True, timeout=5)
        time.sleep(0.15)
        self.xdo("click", "1")
        time.sleep(0.2)

    def field(self, placeholder):
        """The field whose placeholder begins so, once it is on the screen."""
        found = []
        self._wait(lambda: found.append(next((c for c in self.controls() if c.get("placeholder", "").startswith(placeholder)), None))
                   or found[-1] is not None, f"the field “{placeholder}…”")
        return found[-1]

    def same(self, c):
        """The control `c` as the screen shows it now (found again by its name, placeholder or text)."""
        for f in self.controls():
            if f["class"] == c["class"] and f["name"] == c["name"] and f.get("placeholder") == c.get("placeholder") \
                    and (f["text"] == c["text"] or "Text" in c["class"]):
                return f
        return None

    def steady(self, c):
        """Waits until the control stops moving: one that has just appeared may still be sliding into place."""
        for _ in range(20):
            time.sleep(0.15)
            again = self.same(c)
            if again and (again["x"], again["y"], again["w"], again["h"]) == (c["x"], c["y"], c["w"], c["h"]):
                return again
            c = again or c
        return c

    def click_into(self, c, dx=None, dy=None):
        """Clicks into a field (or a picker's field) and waits until typing will go there."""
        c = self.steady(c)
        x = c["x"] + (dx if dx is not None else min(30, c["w"] // 2))
        y = c["y"] + (dy if dy is not None else c["h"] // 2)
        self.press_at(x, y)

        def focused():
            return any(f.get("focus") and ("TextField" in f["class"] or "TextInput" in f["class"])
                       and ((f["name"] == c["name"] and f.get("placeholder") == c.get("placeholder"))
                            or (f["x"] <= x <= f["x"] + f["w"] and f["y"] <= y <= f["y"] + f["h"]))
                       for f in self.controls())
        self._wait(focused, f"the field at {x},{y} to take the keyboard", 10)

    def fill(self, text, **kw):
        """Click into a field, clear it, type."""
        self.click_into(self.wait_for(**kw) if "text" not in kw else self.wait_for(kw.pop("text"), **kw))
        self.key("ctrl+a", "BackSpace")
        self.type(text)

    def on_disk(self):
        """Events in the workspace file as another program reads it (huixuan-cli log)."""
        ws = self.home / "Documents" / "xingguang.huixuan"
        if not ws.exists():
            return 0
        return len(subprocess.run([CLI, "log", str(ws)], capture_output=True, text=True).stdout.splitlines())

    def screenshot(self, name):
        print(f"[{time.strftime('%H:%M:%S')}] {name} ({self.on_disk()} events on disk)", flush=True)
        OUT.mkdir(parents=True, exist_ok=True)
        subprocess.run(["import", "-window", "root", str(OUT / f"{name}.png")], env=self.env, check=True)

    def check_layout(self, where):
        """Labels cut off without an ellipsis, and controls on top of each other."""
        cs = [c for c in self.controls() if c["window"].startswith("会选")]
        for c in cs:
            if c.get("clipped"):
                problems.append(f"{where}: clipped text “{c['text']}” ({c['class']}, {c['w']}px)")
        boxes = [c for c in cs if any(k in c["class"] for k in ("Button", "TextField", "SpinBox", "ComboBox")) and c["w"] > 4]
        for i, a in enumerate(boxes):
            for b in boxes[i + 1:]:
                if a["window"] != b["window"]:
                    continue
                ox = min(a["x"] + a["w"], b["x"] + b["w"]) - max(a["x"], b["x"])
                oy = min(a["y"] + a["h"], b["y"] + b["h"]) - max(a["y"], b["y"])
                inside = (a["x"] <= b["x"] and a["y"] <= b["y"] and a["x"] + a["w"] >= b["x"] + b["w"] and a["y"] + a["h"] >= b["y"] + b["h"]) or \
                         (b["x"] <= a["x"] and b["y"] <= a["y"] and b["x"] + b["w"] >= a["x"] + a["w"] and b["y"] + b["h"] >= a["y"] + a["h"])
                if ox > 3 and oy > 3 and not inside:
                    problems.append(f"{where}: “{a['text'] or a['name']}” overlaps “{b['text'] or b['name']}”")


def pick(d, picker, pid):
    """A person in a picker, as staff do it: the pinyin initials, then a click on the right name in the list."""
    name = name_of(pid)
    field = d.wait_for(name=picker + ".field")
    d.click_into(field)
    d.type(pinyin_initials(pid))
    field = d.same(field) or field
    below = lambda c: c["text"] == name and "Label" in c["class"] and field["y"] < c["y"] < field["y"] + 260 and abs(c["x"] - field["x"]) < 60
    found = []
    d._wait(lambda: found.append(next((c for c in d.controls() if below(c)), None)) or found[-1] is not None, f"{name} in the list")
    option = d.steady(found[-1])
    d.press_at(option["x"] + option["w"] // 2, option["y"] + option["h"] // 2)
    d.wait_for(name + "  ×")


def step(meeting, verb):
    """The scenario's first step of this verb."""
    return next(s for s in meeting["steps"] if s["do"] == verb)


def name_of(pid):
    return next(p["name"] for p in SCENARIO["people"] if p["id"] == pid)


def gb18030_roster(path):
    header = ["编号", "姓名", "性别", "出生年月", "民族", "政治面貌", "学历", "职务"]
    keys = ["id", "name", "sex", "birth", "ethnicity", "party", "education", "post"]
    lines = [",".join(header)] + [",".join(p.get(k, "") for k in keys) for p in SCENARIO["people"]]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gb18030"))


def file_dialog(d, path):
    """Qt's file dialog: type the path into its file name field and press Enter."""
    d.wait_for(name="fileNameEdit")
    d.key("ctrl+a", "BackSpace")
    d.type(str(path))
    d.key("Return")
    d.gone(None, name="fileNameEdit")


def check_in(d, pid, initials=None):
    name = name_of(pid)
    d.fill(initials or name, name="checkInSearch")
    # The highlighted row is the one Enter takes: move it to the right person if the initials are shared.
    for _ in range(10):
        if d.find("▶ " + name):
            break
        d.key("Down")
    else:
        fail(f"{name} is not in the list for “{initials or name}”")
    d.key("Return")
    d.wait_for(f"✓ 已签到：{name}", contains=True)


def main():
    home = pathlib.Path(tempfile.mkdtemp(prefix="hx-walk-"))
    (home / "Documents").mkdir()
    roster = home / "Documents" / "名册.csv"
    gb18030_roster(roster)
    d = Desktop(home, 1366, 768)
    try:
        run(d, home, roster)
    except SystemExit:
        d.screenshot("failure")
        shutil.copy(home / "console.log", OUT / "console.log")
        shutil.copy(d.map, OUT / "ui-map-at-failure.json")
        raise
    finally:
        d.close()
    log = (home / "console.log").read_text(errors="replace")
    for line in log.splitlines():
        if any(w in line for w in ("qml:", ".qml:", "TypeError", "ReferenceError", "Binding loop", "polish", "Segmentation")):
            problems.append("console: " + line)
    shutil.copy(home / "console.log", OUT / "console.log")
    if problems:
        print("\n".join(problems))
        fail(f"{len(problems)} problems")
    print("walkthrough passed: from an empty start to signed and verified documents, through the screens")


def run(d, home, roster):
    fed = SCENARIO["federation"]
    meeting = SCENARIO["meetings"][0]
    d.screenshot("01-empty-start")
    d.check_layout("start")

    # The workspace, through the file dialog. The first keys after the window appears can be
    # lost on a loaded machine (a clean clone's run beside a benchmark left the name empty and the
    # button greyed): as a person who sees the empty field would, type it again.
    for attempt in range(3):
        d.click_into(d.field("例如：星光社区"))
        d.type(fed["name"])
        if d.field("例如：星光社区")["text"] == fed["name"]:
            break
        print(f"  the name field reads “{d.field('例如：星光社区')['text']}”: typing it again", flush=True)
        d.key("ctrl+a", "BackSpace")
    else:
        fail("could not type the federation's name")
    d.fill(fed["party_organisation"], name="partyOrgField")
    d.fill(fed["upper_federation"], name="upperField")
    d.click("选择保存位置并新建…")
    file_dialog(d, home / "Documents" / "xingguang.huixuan")
    d.wait_for(fed["name"], cls="Label")  # the header names the federation; the console moves on to the meetings
    if not (home / "Documents" / "xingguang.huixuan").exists():
        fail("the workspace was not created where it was saved")

    # The signing key, back on the start page.
    d.key("ctrl+1")
    d.wait_for("已打开：", contains=True)
    for placeholder in ("口令", "再输一次"):
        d.click_into(d.field(placeholder))
        d.type(PASSPHRASE)
    d.click("生成密钥")
    d.wait_for("已有签名密钥", contains=True)
    d.screenshot("02-workspace-created")

    # The roster, GB18030 as Excel saves it, through the dialog.
    d.key("ctrl+2")
    d.click("选择文件并预览…")
    file_dialog(d, roster)
    d.wait_for("新增 30", contains=True)
    d.click("确认导入")
    d.wait_for("名册（30 人）", contains=True)
    d.wait_for("已导入", contains=True)
    d.screenshot("03-roster")
    d.check_layout("roster")

    # The founding congress.
    d.key("ctrl+3")
    d.click_into(d.field("例如：星光社区妇女联合会第一次"))
    d.type(meeting["title"])
    pick(d, "presidingPicker", meeting["presiding"])
    d.screenshot("04-meeting-form")
    d.click("建立会议")
    d.wait_for(meeting["title"], contains=True, cls="Label")

    # Check-in: by name, by initials, and one wrong check-in undone.
    d.key("ctrl+5")
    present = step(meeting, "check_in")["people"]
    check_in(d, "d30")
    d.click("签错了，撤销")
    d.gone("✓ 已签到：" + name_of("d30"), contains=True)
    for i, pid in enumerate(present[:4]):
        check_in(d, pid, initials=pinyin_initials(pid) if i % 2 else None)
    # The others arrive at a second desk (huixuan-cli on the same workspace); the console takes them in.
    workspace = str(home / "Documents" / "xingguang.huixuan")
    meeting_id = json.loads(subprocess.run([CLI, "result", workspace], capture_output=True, text=True, check=True).stdout)["meetings"][0]["id"]
    subprocess.run([CLI, "do", workspace, json.dumps({"do": "check_in", "meeting": meeting_id, "people": present[4:]})], check=True,
                   capture_output=True)
    d.wait_for("实到 26", contains=True)
    d.screenshot("05-check-in")
    d.check_layout("check-in")

    # The hall: the spoken items, the method, the scrutineers by name.
    d.key("ctrl+4")
    for _ in range(2):
        d.click("本项完成，进入下一项")
        time.sleep(0.3)
    d.click("鼓掌通过选举办法")
    scr = step(meeting, "adopt_scrutineers")
    for picker, people in (("chiefPicker", [scr["chief"]]), ("scrutineerPicker", scr["scrutineers"])):
        for pid in people:
            pick(d, picker, pid)
    d.click_into(d.field("不在名册中的工作人员"))
    d.type("，".join(t["name"] for t in scr["tellers"]))
    d.screenshot("06-scrutineers")
    d.click("鼓掌通过监票人、计票人名单")
    d.gone("鼓掌通过监票人、计票人名单")

    # The executive contest: candidates by name; a typo of 27 returned is caught before it voids the round.
    contest = step(meeting, "open_contest")
    d.key("ctrl+6")
    open_contest(d, "执委", contest["seats"], contest["candidates"])
    d.click("登记发出")
    d.wait_for("已登记：发出 26 张", contains=True)
    d.fill("27", name="returnedBox")
    d.click("登记收回")
    d.wait_for("多于发出选票", contains=True)
    d.screenshot("07-void-caught")
    d.click("返回修改")
    d.fill("26", name="returnedBox")
    d.click("登记收回")
    d.wait_for("已登记：发出 26 张，收回 26 张", contains=True)
    d.check_layout("contests")

    # The desk: every ballot typed; one typed wrong and corrected.
    d.key("ctrl+7")
    enter_ballots(d, contest["candidates"], step(meeting, "ballots")["ballots"], 26, typo_at=3)
    close_and_announce(d)
    d.screenshot("10-results")

    # The projector shows what the operator chooses; Esc closes it.
    d.click(name="projectorShows")
    d.click("投影：计票结果")
    d.key("ctrl+p")
    d.wait_for("当选须得", contains=True, window="投影")
    d.screenshot("11-projector")
    d.key("Escape")
    d.gone("当选须得", contains=True, window="投影")

    # The first plenary: presided by a new executive picked by name; its executives check in
    # (two with their delegate cards, read by a barcode reader); chair and vice-chairs elected.
    plenary = step(meeting, "first_plenary")
    steps = {st["do"] + ":" + st.get("contest", ""): st for st in plenary["steps"]}
    d.key("ctrl+4")
    pick(d, "plenaryPresidingPicker", plenary["presiding"])
    d.click("大会休会，召开执委会第一次全体会议")
    d.wait_for("执委会第一次全体会议议程")
    d.key("ctrl+5")
    for i, pid in enumerate(steps["check_in:"]["people"]):
        if i < 2:
            scan_card(d, congress_id(home), pid)
        else:
            check_in(d, pid, initials=pinyin_initials(pid))
    d.wait_for("实到 7", contains=True)
    d.key("ctrl+4")
    d.click("鼓掌通过选举办法")
    scr = steps["adopt_scrutineers:"]
    pick(d, "chiefPicker", scr["chief"])
    for pid in scr["scrutineers"]:
        pick(d, "scrutineerPicker", pid)
    d.click_into(d.field("不在名册中的工作人员"))
    d.type("，".join(t["name"] for t in scr["tellers"]))
    d.click("鼓掌通过监票人、计票人名单")
    d.gone("鼓掌通过监票人、计票人名单")
    for cid, label in (("chair", "主席"), ("vice_chairs", "副主席")):
        c = steps["open_contest:" + cid]
        d.key("ctrl+6")
        open_contest(d, label, c["seats"], c["candidates"])
        d.click("登记发出")
        d.wait_for("已登记：发出 7 张", contains=True)
        d.click("登记收回")
        d.wait_for("已登记：发出 7 张，收回 7 张", contains=True)
        d.key("ctrl+7")
        enter_ballots(d, c["candidates"], steps["ballots:" + cid]["ballots"], 7)
        close_and_announce(d)
    d.screenshot("12-plenary-results")
    d.check_layout("plenary results")
    d.key("ctrl+4")
    d.click("全体会议结束，大会复会")
    for _ in range(2):  # the new chair's speech, the leaders' speech
        d.click("本项完成，进入下一项")
        time.sleep(0.3)

    # The figures the screens produced are the expected ones, the plenary's too.
    got = json.loads(subprocess.run([CLI, "result", str(home / "Documents" / "xingguang.huixuan")], capture_output=True,
                                    text=True, check=True).stdout)["meetings"][0]
    want = EXPECTED["meetings"][0]
    compare_contest(got["contests"], "executive", next(c for c in want["contests"] if c["id"] == "executives"))
    for office, cid in (("chair", "chair"), ("vice_chair", "vice_chairs")):
        compare_contest(got["first_plenary"]["contests"], office, next(c for c in want["first_plenary"]["contests"] if c["id"] == cid))

    # The result report's filing details, typed as an office types them: a short year first (refused), then right.
    d.key("ctrl+9")
    d.click(name="filingDocument")
    d.click("选举结果报告")
    for placeholder, text in (("如 星光妇", "星光妇〔26〕1号"), ("签发人姓名", "王芳"), ("年-月-日", "2026-12-02")):
        d.click_into(d.field(placeholder))
        d.key("ctrl+a", "BackSpace")
        d.type(text)
    d.click("保存发文信息")
    d.wait_for("发文字号应写作", contains=True)
    d.click_into(d.field("如 星光妇"))
    d.key("ctrl+a", "BackSpace")
    d.type("星光妇〔2026〕1号")
    d.click("保存发文信息")
    d.wait_for("已保存；重新生成文件后生效。")
    d.screenshot("13-filing-details")
    d.check_layout("filing details")

    # Signed documents, and one verified through the dialog.
    d.click_into(d.field("签名密钥口令"))
    d.type(PASSPHRASE)
    d.click("生成并签名")
    d.wait_for("文件已生成并签名", contains=True, timeout=60)
    docs = list((home / "Documents").glob("xingguang-文件/*/选举结果报告.pdf"))
    if not docs:
        docs = list((home / "Documents").glob("xingguang-文件/*/*.pdf"))
    if not docs:
        fail("no signed documents were written")
    report = subprocess.run(["pdftotext", str(docs[0]), "-"], capture_output=True, text=True).stdout.replace(" ", "").replace("\n", "")
    if "星光妇〔2026〕1号" not in report or "签发人：王芳" not in report:
        fail("the result report does not carry the number and signer typed in 发文信息")
    d.click("核验 PDF 或 record.json…")
    file_dialog(d, docs[0])
    d.wait_for("有效", contains=True, timeout=20)
    d.screenshot("14-documents-verified")
    d.check_layout("documents")


def congress_id(home):
    return json.loads(subprocess.run([CLI, "result", str(home / "Documents" / "xingguang.huixuan")], capture_output=True,
                                     text=True, check=True).stdout)["meetings"][0]["id"]


def scan_card(d, meeting_id, pid):
    """A delegate card under a USB barcode reader: it types the card's code and Enter into the check-in box."""
    d.click_into(d.wait_for(name="checkInSearch"))
    d.key("ctrl+a", "BackSpace")
    subprocess.run(["xdotool", "type", "--delay", "8", f"HX1:{meeting_id}:{pid}"], env=d.env, check=True)
    d.key("Return")
    d.wait_for(f"✓ 已签到：{name_of(pid)}", contains=True)


def open_contest(d, office_label, seats, candidates):
    """The contest form: the office from its list, the seats, the candidates by name; then start."""
    box = d.wait_for(name="officeBox")
    if box["text"] != office_label:
        d.press_at(box["x"] + box["w"] // 2, box["y"] + box["h"] // 2)
        option = d.wait_for(office_label, cls="MenuItem")
        d.press_at(option["x"] + option["w"] // 2, option["y"] + option["h"] // 2)
    d.fill(str(seats), name="seatsBox")
    for pid in candidates:
        pick(d, "candidatePicker", pid)
    d.click("开始本项选举")
    d.wait_for(f"{office_label}选举　第 1 轮", contains=True)


def enter_ballots(d, candidates, groups, returned, typo_at=None):
    """Every ballot typed at the desk; the one at `typo_at` typed wrong, then corrected with a reason."""
    d.wait_for(f"已录 0 / 收回 {returned} 张", contains=True)
    order = sorted_candidates(d, candidates)
    ballots = [b for b in groups for _ in range(b.get("count", 1))]
    for n, b in enumerate(ballots):
        if b.get("void"):
            fail("the scenario's void ballots are typed through the void button; not expected here")
        for w in b.get("write_ins", []):
            if w.get("mark", "approve") == "approve":
                d.click_into(d.field("另选人姓名"))
                d.type(w["name"])
                d.key("Return")
        wrong = n == typo_at
        type_ballot(d, order, b, extra="1" if wrong else "")
        if wrong:
            d.wait_for(f"已录 {n + 1} / 收回 {returned} 张", contains=True)
            row = d.wait_for(f"第 {n + 1} 张")
            corr = [c for c in d.controls() if c["text"] == "更正" and abs(c["y"] - row["y"]) < 20][0]
            d.press_at(corr["x"] + corr["w"] // 2, corr["y"] + corr["h"] // 2)
            d.wait_for(f"正在更正第 {n + 1} 张")
            d.click_into(d.field("更正原因"))
            d.type("录入时多按了一号")
            d.key("Return")
            d.key("Escape")  # back to the default marks, then the ballot as marked
            d.screenshot("08-correcting")
            type_ballot(d, order, b)
            d.wait_for(f"第 {n + 1} 张已更正并保存", contains=True)
    d.wait_for(f"已录 {returned} / 收回 {returned} 张", contains=True)
    if typo_at is not None:
        d.screenshot("09-desk-done")
        d.check_layout("desk")


def close_and_announce(d):
    d.click("监票人签字，结束计票")
    d.wait_for("主持人宣布当选名单")
    d.click("主持人宣布当选名单")
    d.wait_for("已宣布当选：", contains=True)


def compare_contest(got_contests, office, want):
    """The first round's figures and the elected, as the expected results of the shared example have them."""
    gc = next((c for c in got_contests if c.get("office") == office), None)
    if gc is None:
        problems.append(f"figures: no {office} contest in the record")
        return
    wr, gr = want["rounds"][0], gc["rounds"][0]
    for k in ("issued", "returned", "valid", "void", "threshold", "outcome"):
        if wr.get(k) is not None and wr[k] != gr.get(k):
            problems.append(f"figures: {office} {k} expected {wr[k]}, got {gr.get(k)}")
    for cid, figs in wr["candidates"].items():
        g = next((c for c in gr["candidates"] if c["id"] == cid), {})
        for k, v in figs.items():
            if g.get(k) != v:
                problems.append(f"figures: {office} {cid}.{k} expected {v}, got {g.get(k)}")
    if sorted(wr["elected"]) != sorted(gr["elected"]):
        problems.append(f"figures: {office} elected expected {wr['elected']}, got {gr['elected']}")


def pinyin_initials(pid):
    """The initials a person types (王芳 → wf), from the engine's own reading table."""
    table = {}
    for line in (SRC / "engine/pinyin_table.inc").read_text().splitlines():
        if line.startswith("{0x"):
            code, letters = line.strip("{},").split(", ")
            table[chr(int(code, 16))] = letters.strip('"')[0]
    return "".join(table[ch] for ch in name_of(pid))


def sorted_candidates(d, expected):
    """The desk's numbered cells, in ballot order: the names as the screen shows them."""
    labels = [c for c in d.controls() if "Label" in c["class"] and c["window"].startswith("会选")]
    cells = [c for c in labels if c["text"].isdigit() and len(c["text"]) <= 2]
    ids = {p["name"]: p["id"] for p in SCENARIO["people"]}
    order = []
    for cell in sorted(cells, key=lambda c: int(c["text"])):
        below = [c for c in labels if cell["y"] + 20 < c["y"] < cell["y"] + 90 and cell["x"] - 5 <= c["x"] < cell["x"] + 140
                 and c["text"] in ids]
        if below:
            order.append(ids[below[0]["text"]])
    if sorted(order) != sorted(expected):
        fail(f"the desk shows {order}, not the candidates {expected}")
    return order


def type_ballot(d, order, ballot, extra=""):
    """Types a ballot as a teller: the numbers of the exceptions (○ is the default), then Enter; a second Enter where the desk asks."""
    keys = list(extra)
    approve, oppose = set(ballot.get("approve", [])), set(ballot.get("oppose", []))
    for i, cid in enumerate(order):
        presses = 0 if cid in approve else 2 if cid in oppose else 1
        for _ in range(presses):
            keys.append(str(i + 1))
    for k in keys:
        d.key(k)
    d.key("Return")
    time.sleep(0.2)
    if d.find("本张", contains=True, cls="Label") and d.find("再按回车确认", contains=True):
        d.key("Return")


if __name__ == "__main__":
    main()
