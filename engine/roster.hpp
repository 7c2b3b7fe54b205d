#pragma once
// Federation and roster: the people a federation knows, with the personal
// details printed on candidate lists and result reports.
#include "text.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace hx {

using Json = nlohmann::json;

struct Federation {
    std::string name;
    std::string kind; // village, community, township, street, new_sector, system
    std::string partyOrganisation;
    std::string upperFederation;
};

struct Person {
    std::string id;
    std::string name;
    std::string sex;
    std::string birth; // YYYY-MM
    std::string ethnicity;
    std::string party;
    std::string education;
    std::string workplace;
    std::string post;
    std::string phone;
    bool operator==(const Person&) const = default;
};

// The personal fields in roster column order, with their Chinese headers.
struct PersonField {
    const char* key;   // JSON key and English header
    const char* label; // Chinese header
    std::string Person::*member;
};
const std::vector<PersonField>& personFields();

Json toJson(const Federation& f);
Federation federationFromJson(const Json& j);
Json toJson(const Person& p);
Person personFromJson(const Json& j);

// Checks one person's fields; the first problem found, or empty text.
// Every text field in Unicode's composed form (NFC), so that one name typed
// two ways (é as e + U+0301) is one name.
void normalise(Person& p);
// Whether a text holds a control, bidirectional or zero-width character.
bool hasInvisible(const std::string& text);
Text checkPerson(const Person& p);
// Checks a federation's fields; the first problem found, or empty text.
Text checkFederation(const Federation& f);
bool isFederationKind(const std::string& kind);
// Chinese name of a federation kind, e.g. 社区.
std::string federationKindLabel(const std::string& kind);

class Roster {
public:
    const Person* find(const std::string& id) const;
    // People with exactly this name, in the order they were added.
    std::vector<const Person*> byName(const std::string& name) const;
    const std::vector<std::string>& order() const { return m_order; }
    size_t size() const { return m_order.size(); }
    void put(const Person& p);
    // Takes the person out; the id is never handed out again.
    void remove(const std::string& id);
    // The next free automatic id (P0001, P0002, ...).
    std::string nextId() const;

private:
    std::map<std::string, Person> m_people;
    std::multimap<std::string, std::string> m_byName;
    std::vector<std::string> m_order;
    std::set<std::string> m_retired;
};

} // namespace hx
