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
    QString name(const std::string& id) const { return q(state.nameOf(id)); }
    QString names(const std::vector<std::string>& ids) const;  // 丁敏、于红
    QString federation() const;
    // The meeting and, for a congress, its first plenary.
    std::vector<const Meeting*> parts() const;
    OfficialDocument document(const QString& title) const;     // with the record's seal and date
};

QString dateZh(const std::string& iso);   // 2026-12-01 → 2026年12月1日
QString officeZh(const std::string& office);
QString outcomeZh(const std::string& outcome);
QString roundKindZh(const std::string& kind);
QString fractionPhrase(const Fraction& f); // 超过应到人数的半数
QString num(long long n);
QString accounting(const Round& r); // 发出选票…张，收回…张，其中有效票…张，无效票…张。
QString validity(const Round& r);   // 本次选举有效 / 无效

} // namespace hx::doc
