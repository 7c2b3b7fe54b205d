#pragma once
// The meeting in progress as the console shows it: agenda, quorum, the
// presiding script, check-in, contests and their counts, the projector's
// content. Every action is an engine command; every figure comes from the engine.
#include "ballot_desk.hpp"
#include "scan_desk.hpp"
#include "engine_link.hpp"
#include "agenda.hpp"
#include "list_models.hpp"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class MeetingSession : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the console owns the session")
    Q_PROPERTY(QString meetingId READ meetingId NOTIFY changed)
    Q_PROPERTY(QString activeId READ activeId NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString kind READ kind NOTIFY changed)
    Q_PROPERTY(bool inPlenary READ inPlenary NOTIFY changed)
    Q_PROPERTY(int expected READ expected NOTIFY changed)
    Q_PROPERTY(int present READ present NOTIFY changed)
    Q_PROPERTY(int needed READ needed NOTIFY changed)
    Q_PROPERTY(int excused READ excused NOTIFY changed)
    Q_PROPERTY(bool quorumMet READ quorumMet NOTIFY changed)
    Q_PROPERTY(QString quorumText READ quorumText NOTIFY changed)
    Q_PROPERTY(QString passage READ passage NOTIFY changed)
    Q_PROPERTY(QString currentItem READ currentItem NOTIFY changed)
    Q_PROPERTY(bool currentIsSpoken READ currentIsSpoken NOTIFY changed)
    Q_PROPERTY(QString focusContest READ focusContest NOTIFY changed)
    Q_PROPERTY(QVariantMap round READ round NOTIFY changed)
    Q_PROPERTY(QString announcement READ announcement NOTIFY changed)
    Q_PROPERTY(QString proposal READ proposal NOTIFY changed)
    Q_PROPERTY(QString resumeScreen READ resumeScreen NOTIFY changed)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(AgendaModel* agenda READ agenda CONSTANT)
    Q_PROPERTY(AttendanceModel* attendance READ attendance CONSTANT)
    Q_PROPERTY(ContestModel* contests READ contests CONSTANT)
    Q_PROPERTY(TallyModel* tally READ tally CONSTANT)
    Q_PROPERTY(TopicModel* topics READ topics CONSTANT)
    Q_PROPERTY(bool closed READ closed NOTIFY changed)
    Q_PROPERTY(bool preparing READ preparing NOTIFY changed)
    Q_PROPERTY(QString preparationStatus READ preparationStatus NOTIFY changed)
    Q_PROPERTY(BallotDesk* desk READ desk CONSTANT)
    Q_PROPERTY(ScanDesk* scan READ scan CONSTANT)
    Q_PROPERTY(QString hallNotice READ hallNotice NOTIFY changed)
    Q_PROPERTY(bool countOpen READ countOpen NOTIFY changed)
public:
    explicit MeetingSession(EngineLink* link, QObject* parent = nullptr);

    Q_INVOKABLE void setMeeting(const QString& id);
    // Check-in: the person the query finds first (Enter at the desk), or one by id.
    Q_INVOKABLE QString checkInFirst();
    Q_INVOKABLE QString checkIn(const QString& personId);
    // Checks in the holder of a delegate card, from the code a barcode reader
    // typed (HX1:<meeting>:<person>): {personId, name, post}, or {error}.
    Q_INVOKABLE QVariantMap checkInCard(const QString& code);
    Q_INVOKABLE QString leave(const QString& personId);
    // Corrections before the count closes (session_corrections.cpp): each needs its reason.
    Q_INVOKABLE QString withdrawCheckIn(const QString& personId, const QString& reason);
    Q_INVOKABLE QString correctFigure(const QString& figure, int count, const QString& reason);
    Q_INVOKABLE QString correctHands(const QString& candidate, int approve, int abstain, int oppose, const QString& reason);
    // What recording ballots returned (or correcting a figure) would do, asked of
    // the engine without writing: the reason the round would be void, or "".
    Q_INVOKABLE QString voidIfReturned(int count) const;
    Q_INVOKABLE QString voidIfCorrected(const QString& figure, int count) const;
    Q_INVOKABLE QString excuse(const QString& personId, const QString& reason);
    // Agenda actions.
    Q_INVOKABLE QString completeItem(const QString& item);
    Q_INVOKABLE QString adoptMethod(const QString& by, int approve = 0, int oppose = 0, int abstain = 0);
    // Tellers: roster ids or names serve as those people; other names are staff.
    Q_INVOKABLE QString adoptScrutineers(const QString& chief, const QStringList& scrutineers, const QStringList& tellers);
    Q_INVOKABLE QString openContest(const QString& id, const QString& office, int seats, const QStringList& candidates, const QString& voting);
    Q_INVOKABLE QString setOrder(const QStringList& order, const QString& decidedBy);
    Q_INVOKABLE QString issueBallots(int count);
    Q_INVOKABLE QString returnBallots(int count);
    Q_INVOKABLE QString showOfHands(const QString& candidate, int approve, int abstain, int oppose);
    Q_INVOKABLE QString closeCount(const QStringList& signers);
    Q_INVOKABLE QString openRound();
    Q_INVOKABLE QString reduceSeats(int seats, const QString& decidedBy);
    Q_INVOKABLE QString announce();
    Q_INVOKABLE QString openFirstPlenary(const QString& presiding);
    Q_INVOKABLE QString closeFirstPlenary();
    Q_INVOKABLE void focus(const QString& contestId);
    // Any command of the active meeting, for verbs that have no screen of their own.
    Q_INVOKABLE QString command(const QVariantMap& step);
    // Names for ids, for the screens ("王芳（d04）").
    Q_INVOKABLE QString nameOf(const QString& id) const;
    // 执委, 主席, 副主席, 常委 for an office.
    Q_INVOKABLE QString officeLabel(const QString& office) const;
    // People who may serve or stand: the active meeting's expected, present first.
    Q_INVOKABLE QVariantList people() const;
    // People the rules allow in `slot` now ("candidate", "scrutineer", "person"),
    // matching `query` by name, part of a name or pinyin initials: personId, name,
    // detail (birth and post, to tell homonyms apart). At most `limit`.
    Q_INVOKABLE QVariantList pick(const QString& slot, const QString& query, int limit) const;
    Q_INVOKABLE QStringList scrutineerIds() const;
    // A prepared candidate list for the office's first contest: {notice, blocked} while it
    // awaits approval; {notice, candidates, seats} once approved; {} when there is none.
    Q_INVOKABLE QVariantMap preparedContest(const QString& office) const;
    // The size-range warning (RULES §1) for a planned committee of `executives`, or "".
    Q_INVOKABLE QString sizeNotice(int executives) const;
    // Filing details of an outgoing document (session_filing.cpp): the documents this
    // meeting sends ({value, label}), one document's recorded details, and recording them.
    Q_INVOKABLE QVariantList filingDocuments() const;
    Q_INVOKABLE QVariantMap filing(const QString& document) const;
    // What the outgoing documents still lack (number or signer), said before they are generated.
    Q_INVOKABLE QString filingNotice() const;
    Q_INVOKABLE QString setFiling(const QString& document, const QString& number, const QString& signer, const QString& date,
                                  const QString& copiesTo, const QString& contact = {}, const QString& phone = {});

    QString meetingId() const { return m_meetingId; }
    QString activeId() const;
    QString title() const;
    QString kind() const;
    bool inPlenary() const { return activeId() != m_meetingId; }
    int expected() const;
    int present() const;
    int needed() const;
    int excused() const;
    bool quorumMet() const;
    QString quorumText() const;
    QString passage() const;
    QString currentItem() const;
    bool currentIsSpoken() const { return hx::isSpokenItem(currentItem().toStdString()); }
    QString focusContest() const { return m_focus; }
    QVariantMap round() const;
    QString announcement() const;
    // The round the rules propose after the focused contest's count, for the chair to decide.
    QString proposal() const;
    // Where work stands, so a reopened console returns to it: ballots while a
    // count is being entered, contests while ballots are out, results before
    // the announcement, check-in while the quorum is short, else the agenda.
    QString resumeScreen() const;
    QString query() const { return m_query; }
    void setQuery(const QString& q);
    AgendaModel* agenda() { return &m_agenda; }
    AttendanceModel* attendance() { return &m_attendance; }
    ContestModel* contests() { return &m_contests; }
    TallyModel* tally() { return &m_tally; }
    TopicModel* topics() { return &m_topics; }
    bool closed() const { return active() && active()->closed; }
    // A congress before its election method is adopted: the preparation (筹备) stage.
    bool preparing() const;
    // What is prepared and approved so far, one line each.
    QString preparationStatus() const;
    BallotDesk* desk() { return &m_desk; }
    ScanDesk* scan() { return &m_scan; }
    // A precondition of the hall missing (no presiding officer), or "".
    QString hallNotice() const;
    // A round of the meeting (or its first plenary) is still being counted.
    bool countOpen() const;
    const hx::Meeting* active() const;

signals:
    void changed();
    void queryChanged();

private:
    void refresh();
    void refreshAttendance();
    void refreshTopics(const hx::Meeting* m);
    QString send(hx::Json command);
    QString sendContest(hx::Json command);

    EngineLink* m_link;
    QString m_meetingId;
    QString m_focus;
    QString m_query;
    AgendaModel m_agenda;
    AttendanceModel m_attendance;
    ContestModel m_contests;
    TallyModel m_tally;
    TopicModel m_topics;
    BallotDesk m_desk;
    ScanDesk m_scan;
};
