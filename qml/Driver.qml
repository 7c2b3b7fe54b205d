pragma ComponentBehavior: Bound
import QtQuick
import Huixuan

// Plays a scenario (FORMAT.md) through the console's own screens, as an
// operator would: each step calls the page function its button calls; ballots
// are typed as keys at the desk. Used by `huixuan --drive` and the end-to-end test.
QtObject {
    id: driver
    required property var window
    property string failure: ""

    function page(key) {
        window.go(key)
        return window.pageItem(key)
    }
    function check(refusal, where) {
        if (refusal !== "" && refusal !== true && refusal !== undefined && failure === "")
            failure = where + ": " + refusal
    }
    // The keys a teller types for one ballot: each exception's number, then Enter.
    function keysFor(ballot) {
        const desk = App.session.desk
        const approve = ballot.approve ?? [], oppose = ballot.oppose ?? []
        const keys = []
        for (let i = 0; i < desk.model.count; ++i) {
            const row = desk.model.get(i)
            const want = approve.indexOf(row.candidateId) >= 0 ? "A" : oppose.indexOf(row.candidateId) >= 0 ? "O" : "."
            const presses = desk.defaultMark === "A" ? { "A": 0, ".": 1, "O": 2 }[want] : { ".": 0, "A": 1, "O": 2 }[want]
            const number = String(row.number)
            for (let p = 0; p < presses; ++p) {
                for (const d of number) keys.push(d)
                if (row.number * 10 <= desk.model.count) keys.push(" ")
            }
        }
        keys.push("Enter")
        return keys
    }
    function enterBallots(step) {
        App.session.focus(step.contest)
        const ballots = page("ballots")
        for (const b of step.ballots) {
            for (let n = 0; n < (b.count ?? 1); ++n) {
                App.session.desk.clear()
                if (b.void) {
                    check(App.session.desk.acceptVoid(b.reason ?? "无法辨认"), "void ballot")
                    continue
                }
                for (const w of (b.write_ins ?? []))
                    if ((w.mark ?? "approve") === "approve") App.session.desk.addWriteIn(w.name)
                ballots.press(keysFor(b))
                // The desk asks before a ballot with consequences (void, or untouched); the scenario means it.
                if (App.session.desk.warning.length > 0)
                    ballots.press(["Enter"])
                check(App.session.desk.message.indexOf("已录入") === 0 || App.session.desk.message.indexOf("entered") === 0 ? "" : App.session.desk.message, "ballot")
            }
        }
    }
    function perform(step) {
        const d = step["do"]
        if (d === "check_in") {
            for (const id of step.people)
                check(page("checkin").checkInByName(App.session.nameOf(id)), "check_in " + id)
        } else if (d === "complete") {
            check(page("run").complete(step.item), d)
        } else if (d === "adopt") {
            check(step.by === "show_of_hands" ? App.session.adoptMethod("show_of_hands", step.approve, step.oppose ?? 0, step.abstain ?? 0)
                                              : page("run").adoptByAcclamation(), d)
        } else if (d === "adopt_scrutineers") {
            const tellers = (step.tellers ?? []).map(t => typeof t === "object" ? t.name : t)
            check(page("run").adoptScrutineers(step.chief, step.scrutineers ?? [], tellers), d)
        } else if (d === "excuse") {
            for (const id of step.people)
                check(page("checkin").excuse(id, step.reason ?? ""), "excuse " + id)
        } else if (d === "prepare_plan") {
            check(page("run").preparation.plan(step.plan), d)
        } else if (d === "set_candidate_list") {
            check(page("run").preparation.candidateList(step.contest, step.office, step.seats, step.candidates), d)
        } else if (d === "record_approval") {
            check(page("run").preparation.approval(step.document, step.date, step.number ?? ""), d)
        } else if (d === "open_contest") {
            check(page("contests").open(step.contest, step.office, step.seats, step.candidates, step.voting ?? "secret_ballot"), d)
        } else if (d === "issue_ballots") {
            App.session.focus(step.contest); check(page("contests").issue(step.count), d)
        } else if (d === "return_ballots") {
            App.session.focus(step.contest); check(page("contests").collect(step.count), d)
        } else if (d === "ballots") {
            enterBallots(step)
        } else if (d === "show_of_hands") {
            App.session.focus(step.contest); check(page("contests").hands(step.candidate, step.approve, step.abstain ?? 0, step.oppose ?? 0), d)
        } else if (d === "close_count") {
            App.session.focus(step.contest); check(page("results").sign(step.signed_by), d)
        } else if (d === "open_round") {
            App.session.focus(step.contest); check(page("results").nextRound(), d)
        } else if (d === "reduce_seats") {
            App.session.focus(step.contest); check(page("results").reduce(step.seats, step.decided_by), d)
        } else if (d === "announce") {
            App.session.focus(step.contest); check(page("results").announceResult(), d)
        } else if (d === "first_plenary") {
            page("run")
            check(App.session.openFirstPlenary(step.presiding ?? ""), d)
            for (const s of step.steps ?? []) perform(s)
            check(App.session.closeFirstPlenary(), "close first plenary")
        } else if (d === "deliberate") {
            check(page("run").executive.deliberate(step.topic, step.by, step.approve ?? 0, step.oppose ?? 0, step.abstain ?? 0), d)
        } else if (d === "feedback") {
            check(page("run").executive.feedback(step.topic, step.feedback, step.date), d)
        } else if (d === "duty_report") {
            check(page("run").executive.dutyReport(step.person, step.form), d)
        } else if (d === "review") {
            check(page("run").executive.review(step.year, step.results), d)
        } else if (d === "set_filing") {
            check(page("documents").filing(step.document, step.number ?? "", step.signer, step.date, step.copies_to ?? [], step.contact ?? "", step.phone ?? ""), d)
        } else if (d === "close_meeting") {
            check(page("run").executive.closeMeeting(), d)
        } else {
            // Verbs without a screen of their own yet go to the engine as they are.
            check(App.session.command(step), d)
        }
    }
    function drive(scenario, workspacePath, rosterCsv) {
        failure = ""
        check(page("start").createWith(workspacePath, scenario.federation) ? "" : App.message, "create workspace")
        check(page("roster").preview(rosterCsv) ? "" : App.message, "roster preview")
        check(App.commitImport(false) ? "" : App.message, "roster import")
        for (const m of scenario.meetings) {
            if (m.kind === "register") {
                for (const s of m.steps)
                    check(page("register").record(s), m.id + " " + s["do"])
                continue
            }
            check(page("meetings").createWith(m) ? "" : App.message, "create meeting " + m.id)
            for (const s of m.steps) {
                if (failure !== "") return failure
                perform(s)
            }
        }
        page("results")
        return failure
    }
}
