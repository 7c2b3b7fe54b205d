#pragma once
// What every document builder shares: the record being printed and the
// phrasing of names, dates, offices and rules in Chinese.
#include "official_doc.hpp"
#include "record.hpp"
#include "state.hpp"

#include <QString>

namespace hx::doc {

struct Context {
    const State& state;
    const Meeting& meeting;         // the congress (or meeting) the documents are for
    const Record& record;
    QString q(const std::string& s) const { return QString::fromStdString(s); }
    QString name(const std::string& id) const { return keep(q(state.nameOf(id))); } // kept on one line
    QString names(const std::vector<std::string>& ids) const;  // 丁敏、于红
    QString federation() const;
    // The party organisation by name where the record knows it, else 同级党组织.
    QString partyOrganisation() const;
    // 抄送 of an upward report: the upper federation, then the filing's own.
    std::vector<std::string> copiesTo(const Filing* f) const;
    const Filing* filing(const std::string& document) const { return meeting.filing(document); }
    // The meeting and, for a congress, its first plenary.
    std::vector<const Meeting*> parts() const;
    OfficialDocument document(const QString& title) const;     // with the record's seal and date
};

// 新桥社区居委会社工: the post kept whole, so that a narrow cell breaks between the two.
QString workplaceAndPost(const Context& c, const Person& p);
QString dateZh(const std::string& iso);   // 2026-12-01 → 2026年12月1日
QString timeZh(const std::string& iso);   // 2026-12-01T09:05:00+08:00 → 2026年12月1日9时05分
QString statute();                        // 《中华全国妇女联合会章程》
// Who sits in the meeting: 代表 in a congress, 执委 in an executive meeting.
QString members(const Meeting& m);
bool isCongress(const Meeting& m);
bool byHands(const Round& r);
// 按姓氏笔画为序 only where it is so: more than one name, in stroke order
// (chair and vice-chairs follow the approved order and say so).
QString orderNote(const std::string& office, size_t names);
// The name of a round in the record: 第一轮投票, 另行选举, 再次投票, 重新选举.
QString roundName(const Round& r);
QString officeZh(const std::string& office);
QString outcomeZh(const std::string& outcome);
QString roundKindZh(const std::string& kind);
QString fractionPhrase(const Fraction& f); // 超过应到人数的半数
QString num(long long n);
QString ordinal(int n); // 一, 二, … 二十
// 发出选票…张，收回…张，其中有效票…张，无效票…张。 / 举手表决。
QString accounting(const Round& r);
// 收回选票等于或少于发出选票，本次选举有效。 Empty for a show of hands.
QString validity(const Round& r);
// Each candidate's votes: 丁敏赞成24票、不赞成1票、弃权1票 (hands: 赞成…人、反对…人、弃权…人).
QString votesOf(const Context& c, const Round& r, size_t i);

} // namespace hx::doc
