#!/usr/bin/env python3
"""The scanning screen used as an office worker uses it, on an X display
(Xvfb + openbox) by clicks and keys only (the Desktop of walkthrough.py).

A workspace at the ballot box (ten ballots returned for the executives) and
ten marked, scanned sheets the scanner's software has saved in a folder
(huixuan-deck: hand-like marks, some that no machine should read, names
written in): open the workspace through the file dialog, go to 录票 → 扫描选票,
pick the folder through the folder dialog, start watching, record the batch,
then work the queue — each unclear mark decided by a click, each written
name typed in Chinese by the teller on duty, a page that is no ballot voided
— until nothing waits and all ten ballots are ready to compare with the
tellers' entry. A tenth page that is blank is added while watching. Closing
the folder dialog without choosing changes nothing. Screenshots at 1366×768
and 1920×1080; any crash, QML warning, clipped label or overlap fails.

usage: scan_walkthrough.py HUIXUAN HUIXUAN_CLI HUIXUAN_DECK SOURCE_DIR OUT_DIR
"""
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

HUIXUAN, CLI, DECK, SRC, OUT = sys.argv[1], sys.argv[2], sys.argv[3], pathlib.Path(sys.argv[4]), pathlib.Path(sys.argv[5])
sys.argv = [sys.argv[0], HUIXUAN, CLI, str(SRC), str(OUT)]
sys.path.insert(0, str(SRC / "tests"))
import walkthrough as w  # noqa: E402  (its Desktop: Xvfb, openbox, the console, X input)


def desk_workspace(home):
    """The write-ins fixture up to the returned ballots, run by the CLI."""
    s = json.loads((SRC / "tests/fixtures/write-ins-overvotes/scenario.json").read_text())
    steps = s["meetings"][0]["steps"]
    while steps[-1]["do"] != "return_ballots":
        steps.pop()
    (home / "desk.json").write_text(json.dumps(s, ensure_ascii=False))
    subprocess.run([CLI, "run", str(home / "desk.json"), "--out", str(home / "cli-run")], check=True, capture_output=True)
    (home / "Documents").mkdir()
    ws = home / "Documents" / "desk.huixuan"
    shutil.copy(home / "cli-run" / "workspace.huixuan", ws)
    return ws


def open_dialog(d, button):
    """Clicks the button until its file dialog shows: a click that lands while the window is
    still being mapped only activates it, and a person clicks again."""
    for _ in range(3):
        d.click(button)
        end = time.time() + 5
        while time.time() < end:
            if d.find(None, name="fileNameEdit"):
                return
            time.sleep(0.2)
    w.fail(f"no file dialog after clicking {button}")


def queue_left(d):
    c = d.find("待处理（", contains=True, cls="Label")
    return int(c["text"].split("（")[1].split(" ")[0]) if c else None


def work_queue(d):
    """Decide every task the queue shows, top first, as the scrutineer and the teller would."""
    typed = 0
    for _ in range(60):
        left = queue_left(d)
        if left == 0:
            return typed
        if d.find(None, cls="TextField", window="会选") and d.find("确认姓名"):
            field = next(c for c in d.controls() if c.get("placeholder", "").startswith("图中所写的姓名"))
            d.click_into(field)
            d.type("赵丽")
            d.click("确认姓名")
            typed += 1
        elif d.find("作废票（无法辨认）"):
            d.click("作废票（无法辨认）")
        elif d.find("弃权（空白）"):
            d.click("弃权（空白）")
        d._wait(lambda: queue_left(d) is not None and queue_left(d) < left, "the queue to shrink", 15)
    w.fail("the queue did not empty")


def final_ballots(drawn):
    """The ballots as the scrutineers settled them in work_queue: unclear marks blank, every
    name asked for typed as 赵丽; then the blank page, void. Cells: three candidates, two write-ins."""
    ballots = []
    for line in drawn.splitlines():
        marks = ["blank" if m == "unclear" else m for m in line.split(":")[1].split()]
        ballots.append({"marks": marks[:3], "write_ins": ["赵丽" for m in marks[3:] if m == "approve"]})
    return ballots + [{"void": True}]


def expected_figures(ballots):
    """Valid, void and each candidate's approvals, by the rules: more ○ than the two seats
    (marked write-ins included, as marked) voids the ballot."""
    valid, void, approve = 0, 0, [0, 0, 0]
    for b in ballots:
        if b.get("void") or b["marks"].count("approve") + len(b["write_ins"]) > 2:
            void += 1
            continue
        valid += 1
        for i, m in enumerate(b["marks"]):
            approve[i] += m == "approve"
    return valid, void, approve


def teller_types(d, ballots):
    """The tellers' entry at the desk: the exceptions to ○ by number, the write-ins by name, Enter."""
    for b in ballots:
        if b.get("void"):
            d.click("作废票")
            continue
        for name in b["write_ins"]:
            d.click_into(d.field("另选人姓名"))
            d.type(name)
            d.key("Return")
        for i, m in enumerate(b["marks"]):
            for _ in range({"approve": 0, "blank": 1, "oppose": 2}[m]):
                d.key(str(i + 1))
        d.key("Return")
        time.sleep(0.3)
        if d.find("再按回车确认", contains=True):
            d.key("Return")
            time.sleep(0.3)


def sane(d):
    """Direct acquisition through SANE: SANE's own test scanner (its feeder holds ten black
    pages) scans into the watched folder; every page is read and set aside, and the batch is
    discarded, as an operator does who fed the wrong stack."""
    d.click("扫描选票")
    d.click("查找扫描仪")
    d.click("从扫描仪扫描")
    d.wait_for("扫描仪已送完这一叠", timeout=60)
    d.wait_for("本批：读取 0 页，搁置 10 页，0 格须裁定", timeout=60)
    d.screenshot("scan-1366x768-6-sane")
    d.click("放弃这一批")
    d.wait_for("本批：读取 0 页，搁置 0 页，0 格须裁定")


def main():
    first = pathlib.Path(tempfile.mkdtemp(prefix="huixuan-scan-walk-"))
    ws = desk_workspace(first)
    inbox = first / "扫描件"
    inbox.mkdir()
    drawn = subprocess.run([DECK, str(ws), str(inbox), "9", "7", "0.2"], check=True, capture_output=True, text=True).stdout
    print(drawn, flush=True)
    for size in ((1366, 768), (1920, 1080)):
        home = first
        if size != (1366, 768):
            # The second size sees the finished work: the workspace and its kept images, copied.
            home = pathlib.Path(tempfile.mkdtemp(prefix="huixuan-scan-walk-"))
            shutil.copytree(first / "Documents", home / "Documents")
        # SANE's test backend, which no real machine lists: the console's scanimage sees it.
        (home / "sane").mkdir()
        (home / "sane" / "dll.conf").write_text("test\n")
        w.os.environ["SANE_CONFIG_DIR"] = str(home / "sane")
        d = w.Desktop(home, *size)
        try:
            open_dialog(d, "打开工作区…")
            w.file_dialog(d, ws)
            d.wait_for("键盘录入")  # a workspace at the ballot box opens at the desk
            d.key("ctrl+7")
            d.click("扫描选票")
            d.wait_for("还没有扫描页" if size == (1366, 768) else "本轮已记录 10 张扫描选票", contains=True)
            tag = f"{size[0]}x{size[1]}"
            d.screenshot(f"scan-{tag}-1-empty")
            d.check_layout(f"scan {tag}, empty")
            if size == (1366, 768):
                # A wrong click: the folder dialog closed without a choice changes nothing.
                open_dialog(d, "选择文件夹…")
                d.key("Escape")
                d.gone(None, name="fileNameEdit")
                d.click("开始监视")
                d.wait_for("请先选择扫描仪保存图像的文件夹", contains=True)
                open_dialog(d, "选择文件夹…")
                w.file_dialog(d, inbox)
                d.wait_for(str(inbox), contains=True)
                d.click("开始监视")
                d.wait_for("记录这一批（9 页）", timeout=60)
                # The scanner saves one more page while the screen watches: a blank sheet fed by mistake.
                subprocess.run(["convert", "-size", "1654x2339", "xc:gray96", str(inbox / "scan-0010.png")], check=True)
                d.wait_for("记录这一批（10 页）", timeout=30)
                d.screenshot(f"scan-{tag}-2-read")
                d.check_layout(f"scan {tag}, read")
                d.click("记录这一批（10 页）")
                d.wait_for("已记录 10 张", contains=True)
                # The same folder chosen and watched again (as after a restart): nothing is read twice.
                open_dialog(d, "选择文件夹…")
                w.file_dialog(d, inbox)
                d.click("开始监视")
                d.wait_for("已记录过的图像不再读取：10 个", contains=True, timeout=30)
                time.sleep(2)
                d.wait_for("记录这一批（0 页）")
                d.screenshot(f"scan-{tag}-3-queue")
                d.check_layout(f"scan {tag}, queue")
                typed = work_queue(d)
                print(f"queue worked: {typed} names typed", flush=True)
                d.wait_for("扫描的选票都已读清或裁定", contains=True)
                d.wait_for("可比对 10 张", contains=True)
            else:
                d.wait_for("已记录 10 张，已与计票人的录入比对并计入票数")
                d.click("查看")  # the first recorded ballot, its marks drawn
                d.wait_for("第 1 张选票（已记录）")
            d.screenshot(f"scan-{tag}-4-done")
            d.check_layout(f"scan {tag}, done")
            d.click("键盘录入")
            if size == (1366, 768):
                d.wait_for("扫描可比对 10 张", contains=True)
                ballots = final_ballots(drawn)
                teller_types(d, ballots)
                d.wait_for("计票人已录 10 张", contains=True)
                d.wait_for("两次录入不一致的选票（0 张）", contains=True)
                d.screenshot(f"scan-{tag}-5-desk")
                d.check_layout(f"scan {tag}, desk")
                d.click("两次录入一致，计入票数")
                time.sleep(1)
                result = json.loads(subprocess.run([CLI, "result", str(ws)], capture_output=True, text=True, check=True).stdout)
                r = result["meetings"][0]["contests"][0]["rounds"][0]
                got = (r["valid"], r["void"], [c["approve"] for c in r["candidates"]])
                if got != expected_figures(ballots):
                    w.fail(f"counted from the scan: {got}; by the rules from the ballots drawn: {expected_figures(ballots)}")
                print(f"counted from the scan and the tellers' entry: valid {got[0]}, void {got[1]}, approvals {got[2]}", flush=True)
                sane(d)
            else:
                d.screenshot(f"scan-{tag}-5-desk")
                d.check_layout(f"scan {tag}, desk")
        except SystemExit:
            d.screenshot(f"scan-failure-{size[0]}")
            shutil.copy(d.map, OUT / "scan-ui-map-at-failure.json")
            raise
        finally:
            d.close()
            shutil.copy(home / "console.log", OUT / f"scan-console-{size[0]}.log")
        for line in (home / "console.log").read_text(errors="replace").splitlines():
            if any(k in line for k in ("qml:", ".qml:", "TypeError", "ReferenceError", "Binding loop", "polish", "Segmentation")):
                w.problems.append("console: " + line)
    if w.problems:
        print("\n".join(w.problems))
        w.fail(f"{len(w.problems)} problems")
    queue = subprocess.run([CLI, "scan-queue", str(first / "Documents" / "desk.huixuan")], capture_output=True, text=True)
    if queue.returncode != 0:
        w.fail(f"the CLI still sees work waiting:\n{queue.stdout}")
    print("scan walkthrough passed", flush=True)


if __name__ == "__main__":
    main()
