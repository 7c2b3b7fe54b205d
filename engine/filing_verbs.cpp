// Filing an outgoing document (GB/T 9704-2012): the request (请示) before a
// congress and the result report (选举结果报告) after an election carry a
// document number, a signer, a date and the bodies that receive a copy.
#include "meeting_rules.hpp"
#include "roster.hpp"
#include "strokes.hpp"

#include <algorithm>


namespace hx {

namespace {

std::string checkedText(const Json& cmd, const char* key, const char* label, size_t most, bool required)
{
    const std::string text = required ? stringField(cmd, key) : optionalString(cmd, key);
    if (required && text.empty())
        refuse({std::string("请填写") + label, std::string("the ") + key + " is missing"});
    if (hasInvisible(text) || decodeUtf8(text).size() > most)
        refuse({std::string(label) + "含有不可见字符或过长", std::string("the ") + key + " holds an invisible character or is too long"});
    return text;
}

// RULE: GB/T 9704-2012 7.2.4 — 发文字号: the year in full inside 〔〕, the number without 第 and without leading zeros, then 号.
bool isDocumentNumber(const std::string& number)
{
    const std::u32string s = decodeUtf8(number);
    const size_t open = s.find(U'〔');
    if (open == 0 || open == std::u32string::npos || s.find(U'第') != std::u32string::npos || s.size() < open + 8)
        return false;
    const auto digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
    for (size_t i = open + 1; i < open + 5; ++i)
        if (!digit(s[i]))
            return false;
    if (s[open + 5] != U'〕' || s[open + 6] == U'0' || s.back() != U'号')
        return false;
    for (size_t i = open + 6; i + 1 < s.size(); ++i)
        if (!digit(s[i]))
            return false;
    return true;
}

std::vector<EventDraft> setFiling(const State& s, const Json& cmd)
{
    const Meeting& m = meetingOf(s, cmd);
    const std::string doc = stringField(cmd, "document");
    if (doc != "request" && doc != "result_report")
        refuse({"发文信息只用于 request（请示）或 result_report（选举结果报告）", "filing details are for request or result_report"});
    const auto sent = outgoingDocuments(m);
    if (std::find(sent.begin(), sent.end(), doc) == sent.end())
        refuse({"这次会议没有这份公文", "this meeting has no such document"});
    const std::string number = checkedText(cmd, "number", "发文字号", 40, false);
    if (!number.empty() && !isDocumentNumber(number))
        refuse({"发文字号应写作“机关代字〔年份〕序号号”，如 星光妇筹〔2026〕1号（年份写全，序号不加“第”、不编虚位）：" + number,
                "a document number reads like 星光妇筹〔2026〕1号 (the full year in 〔〕, no 第, no leading zeros): " + number});
    const std::string signer = checkedText(cmd, "signer", "签发人", 20, true);
    const std::string date = stringField(cmd, "date");
    if (!isIsoDate(date))
        refuse({"成文日期应写作 YYYY-MM-DD：" + date, "the date reads YYYY-MM-DD: " + date});
    // RULE: DOCUMENTS.md What a filing reviewer sends back — a request precedes what it requests and its approval.
    if (doc == "request" && !m.date.empty() && date >= m.date)
        refuse({"请示的成文日期（" + date + "）应早于会议日期（" + m.date + "）", "a request (" + date + ") is dated before the meeting (" + m.date + ")"});
    if (const Approval* a = m.approval("request"); doc == "request" && a && date > a->date)
        refuse({"请示的成文日期（" + date + "）晚于它的批复（" + a->date + "）", "the request (" + date + ") is dated after its approval (" + a->date + ")"});
    if (doc == "result_report" && date < m.date)
        refuse({"选举结果报告的成文日期（" + date + "）早于会议（" + m.date + "）", "the result report (" + date + ") is dated before the meeting (" + m.date + ")"});
    std::vector<std::string> copies;
    for (const Json& copy : optionalArray(cmd, "copies_to"))
        copies.push_back(checkedText({{"copy", copy}}, "copy", "抄送机关", 60, true));
    Json data = {{"meeting", m.id}, {"document", doc}, {"number", number}, {"signer", signer}, {"date", date}, {"copies_to", copies}};
    // RULE: 党政机关公文处理工作条例 第九条 — a request names a contact person and telephone (附注).
    if (const std::string contact = checkedText(cmd, "contact", "联系人", 20, false); !contact.empty())
        data["contact"] = contact;
    if (const std::string phone = checkedText(cmd, "phone", "联系电话", 30, false); !phone.empty())
        data["phone"] = phone;
    return {{"filing_set", data}};
}

} // namespace

std::vector<std::string> outgoingDocuments(const Meeting& m)
{
    if (m.kind == "founding_congress" || m.kind == "reelection_congress")
        return {"request", "result_report"};
    if (m.kind == "executive_by_election")
        return {"result_report"};
    return {};
}

void registerFilingVerbs()
{
    registerVerb("set_filing", setFiling);
    registerApplier("filing_set", [](State& s, const Event& e) {
        Meeting& m = meetingOf(s, e);
        Filing f{e.data["document"], e.data["number"], e.data["signer"], e.data["date"], e.data["copies_to"].get<std::vector<std::string>>(),
                 e.data.value("contact", ""), e.data.value("phone", "")};
        std::erase_if(m.filings, [&](const Filing& x) { return x.document == f.document; });
        m.filings.push_back(f);
    });
}

} // namespace hx
