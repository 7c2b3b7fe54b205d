#pragma once
// The tellers' desk: one ballot on screen, keyboard first. Candidates are
// numbered in ballot order; typing a number toggles that candidate away from
// the default mark (approve → abstain → oppose → approve), so a teller types
// only the exceptions, then Enter. Each accepted ballot is one engine
// command, durable when the desk shows it accepted. Undo is a journaled
// correction. In double entry, tellers A and B enter the same stack; the
// desk lists where they differ for the scrutineers to settle.
#include "engine_link.hpp"
#include "list_models.hpp"

#include <QObject>
#include <QtQml/qqmlregistration.h>

class BallotDesk : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("part of the session")
    Q_PROPERTY(QString contest READ contest NOTIFY changed)
    Q_PROPERTY(QString defaultMark READ defaultMark WRITE setDefaultMark NOTIFY changed)
    Q_PROPERTY(bool doubleEntry READ doubleEntry WRITE setDoubleEntry NOTIFY changed)
    Q_PROPERTY(bool scanning READ scanning NOTIFY changed)
    Q_PROPERTY(int nextBallot READ nextBallot NOTIFY changed)
    Q_PROPERTY(int sample READ sample NOTIFY changed)
    Q_PROPERTY(QString teller READ teller WRITE setTeller NOTIFY changed)
    Q_PROPERTY(QString buffer READ buffer NOTIFY changed)
    Q_PROPERTY(QStringList writeIns READ writeIns NOTIFY changed)
    Q_PROPERTY(int entered READ entered NOTIFY changed)
    Q_PROPERTY(int enteredA READ enteredA NOTIFY changed)
    Q_PROPERTY(int enteredB READ enteredB NOTIFY changed)
    Q_PROPERTY(int returned READ returned NOTIFY changed)
    Q_PROPERTY(int keystrokes READ keystrokes NOTIFY changed)
    Q_PROPERTY(int ballots READ ballots NOTIFY changed)
    Q_PROPERTY(int totalKeystrokes READ totalKeystrokes NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(DeskModel* model READ model CONSTANT)
    Q_PROPERTY(DifferenceModel* differences READ differences CONSTANT)
    Q_PROPERTY(EntryModel* entries READ entries CONSTANT)
    Q_PROPERTY(QString warning READ warning NOTIFY changed)
    Q_PROPERTY(int correcting READ correcting NOTIFY changed)
    Q_PROPERTY(QString correctionReason READ correctionReason WRITE setCorrectionReason NOTIFY changed)
public:
    explicit BallotDesk(EngineLink* link, QObject* parent = nullptr);

    // Follows the session's focused contest (empty: none).
    void setRound(const std::string& meeting, const std::string& contest);

    // One key from the keyboard: digits, Space, Enter, Backspace, Escape.
    Q_INVOKABLE void key(const QString& k);
    Q_INVOKABLE void toggle(int number);
    Q_INVOKABLE void addWriteIn(const QString& name);
    Q_INVOKABLE QString accept();
    Q_INVOKABLE QString acceptVoid(const QString& reason);
    Q_INVOKABLE QString undo();
    Q_INVOKABLE void clear();
    // Double entry: settle a differing ballot with teller A's or B's version.
    Q_INVOKABLE QString settle(int index, const QString& which, const QString& scrutineer);
    Q_INVOKABLE QString commitEntries();
    // Loads entered ballot `index` (1-based) onto the desk; the next accept
    // replaces it, as a journaled correction with correctionReason.
    Q_INVOKABLE void beginCorrection(int index);
    Q_INVOKABLE void cancelCorrection();

    QString contest() const { return QString::fromStdString(m_contest); }
    QString defaultMark() const { return m_default; }
    void setDefaultMark(const QString& mark);
    bool doubleEntry() const { return m_double; }
    // The round's stack B is the scan.
    bool scanning() const;
    // The ballot (in scanning order, from 1) the tellers type next; 0 when they are done.
    int nextBallot() const;
    // With a scan checked by a sample: how many ballots the tellers type (0: all).
    int sample() const;
    void setDoubleEntry(bool on);
    QString teller() const { return m_teller; }
    void setTeller(const QString& t);
    QString buffer() const { return m_buffer; }
    QStringList writeIns() const { return m_writeIns; }
    int entered() const;
    int enteredA() const;
    int enteredB() const;
    int returned() const;
    int keystrokes() const { return m_keys; }
    int ballots() const { return m_ballots; }
    int totalKeystrokes() const { return m_totalKeys; }
    QString message() const { return m_message; }
    DeskModel* model() { return &m_model; }
    DifferenceModel* differences() { return &m_diffs; }
    EntryModel* entries() { return &m_entries; }
    // What the next Enter will do when it needs the teller's word first (a void ballot, an untouched one).
    QString warning() const { return m_warning; }
    int correcting() const { return m_correcting; }
    QString correctionReason() const { return m_reason; }
    void setCorrectionReason(const QString& r);

signals:
    void changed();

private:
    const hx::Round* round() const;
    void resetMarks();
    void publish();
    QString send(hx::Json command);
    hx::Json ballotJson() const;
    // A ballot in words, with names: "赞成：丁一、于二；不赞成：马三".
    QString summary(const hx::BallotGroup& g) const;
    // The question to ask before accepting this ballot, or "".
    QString consequence(const hx::Json& ballot) const;
    void publishEntries();
    QString sendCorrection(const hx::Json& ballot);

    EngineLink* m_link;
    std::string m_meeting, m_contest;
    std::string m_shown; // meeting|contest|round on the desk
    QString m_default = "A";
    bool m_double = false;
    QString m_teller = "A";
    QString m_buffer;
    QStringList m_writeIns;
    std::string m_marks;
    int m_keys = 0, m_ballots = 0, m_totalKeys = 0;
    QString m_message;
    DeskModel m_model;
    DifferenceModel m_diffs;
    EntryModel m_entries;
    QString m_warning;
    bool m_untouchedAsked = false; // once per round
    int m_correcting = 0;
    QString m_reason;
    std::int64_t m_entriesAt = -1; // the journal length the entries were listed at
};
