// The meeting session's corrections: a check-in made in error, a figure of
// ballots issued or returned, a show of hands — and what a figure would do
// before it is recorded, asked of the engine.
#include "session.hpp"

#include "command.hpp"

using hx::Json;

namespace {

// The void reason among the events a command would append, or "".
QString voidReasonOf(const hx::Decision& d)
{
    if (d.refused())
        return {};
    for (const auto& e : d.events)
        if (e.data.value("void", false))
            // figure_corrected keeps the operator's reason apart from why the round is void.
            return QString::fromStdString(e.data.value("void_reason", e.data.value("reason", "")));
    return {};
}

} // namespace

QString MeetingSession::withdrawCheckIn(const QString& id, const QString& reason)
{
    return send({{"do", "withdraw_check_in"}, {"people", {id.toStdString()}}, {"reason", reason.toStdString()}});
}

QString MeetingSession::correctFigure(const QString& figure, int count, const QString& reason)
{
    return sendContest({{"do", "correct_figure"}, {"figure", figure.toStdString()}, {"count", count}, {"reason", reason.toStdString()}});
}

QString MeetingSession::correctHands(const QString& cand, int a, int b, int o, const QString& reason)
{
    return sendContest({{"do", "correct_hands"}, {"candidate", cand.toStdString()}, {"approve", a}, {"abstain", b}, {"oppose", o},
                        {"reason", reason.toStdString()}});
}

QString MeetingSession::voidIfReturned(int count) const
{
    const hx::State* s = m_link->state();
    if (!s)
        return {};
    return voidReasonOf(hx::decide(*s, {{"do", "return_ballots"}, {"meeting", activeId().toStdString()}, {"contest", m_focus.toStdString()}, {"count", count}}));
}

QString MeetingSession::voidIfCorrected(const QString& figure, int count) const
{
    const hx::State* s = m_link->state();
    if (!s)
        return {};
    return voidReasonOf(hx::decide(*s, {{"do", "correct_figure"}, {"meeting", activeId().toStdString()}, {"contest", m_focus.toStdString()},
                                        {"figure", figure.toStdString()}, {"count", count}, {"reason", "?"}}));
}
