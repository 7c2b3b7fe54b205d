#pragma once
// The subcommands of huixuan-cli. Each returns the process exit status and
// prints errors as one line on standard error.
#include "args.hpp"
#include "key_store.hpp"
#include "signing.hpp"

#include <iosfwd>

namespace hx::cli {

struct Context {
    Lang lang;
    std::ostream& out;
    std::ostream& err;
    const std::string& say(const Text& t) const { return t.in(lang); }
};

int cmdInit(const Context& c, const Args& a);
int cmdVerify(const Context& c, const Args& a); // cmd_verify.cpp
int cmdLog(const Context& c, const Args& a);
int cmdResult(const Context& c, const Args& a); // cmd_workspace.cpp
int cmdRoster(const Context& c, const Args& a);
int cmdRun(const Context& c, const Args& a);
int cmdDocuments(const Context& c, const Args& a);
int cmdDo(const Context& c, const Args& a);       // cmd_register.cpp
int cmdRegister(const Context& c, const Args& a);
int cmdScan(const Context& c, const Args& a);     // cmd_scan.cpp
int cmdScanQueue(const Context& c, const Args& a); // cmd_scan_queue.cpp
int cmdScanImage(const Context& c, const Args& a);

// --key/--cert, or the workspace's own (signingKeyPaths: beside it, else the
// user's key store). The identity is the workspace's first event's hash.
KeyPaths keyPaths(const Args& a, const std::string& workspace, const std::string& identity = "");
// The passphrase from --passphrase-file or HUIXUAN_PASSPHRASE; refuses when there is none.
std::string requirePassphrase(const Args& a);
// init's signing identity: created, or imported with --import-key/--import-cert.
void createSigningKey(const Context& c, const Args& a, const std::string& workspace, const std::string& federation);

} // namespace hx::cli

namespace hx::cli {
// A rehearsal identity in `dir` for scenario runs, created on first use.
Identity rehearsalIdentity(const std::string& dir, const std::string& federation, const std::string& issued);
}
