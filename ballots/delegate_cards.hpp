#pragma once
// Delegate cards (代表证 / 出席证): one card per expected attendee of a
// meeting, ten to an A4 sheet, each with a QR code a USB barcode reader
// types into the check-in box. The code names the meeting and the person
// and nothing else: no secret, nothing that signs or proves.
#include "state.hpp"

#include <QByteArray>
#include <string>

namespace hx {

// The text of a card's code: "HX1:<meeting id>:<person id>".
std::string cardCode(const std::string& meeting, const std::string& person);

// The cards of the meeting's expected attendees, in roster order. The same
// record gives the same bytes.
QByteArray delegateCards(const State& state, const Meeting& meeting);

} // namespace hx
