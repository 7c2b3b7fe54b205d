#include "key_store.hpp"

#include "errors.hpp"

#include <cstdlib>
#include <filesystem>

namespace hx {

namespace {

namespace fs = std::filesystem;

KeyPaths storePaths(const std::string& identity)
{
    // A prefix of the hash is enough to tell a user's workspaces apart and keeps names short.
    const std::string base = keyStoreDir() + "/" + identity.substr(0, 16);
    return {base + ".key.pem", base + ".cert.pem"};
}

} // namespace

std::string keyStoreDir()
{
    const char* xdg = std::getenv("XDG_DATA_HOME");
    if (xdg && xdg[0] == '/')
        return std::string(xdg) + "/huixuan/keys";
    const char* home = std::getenv("HOME");
    if (!home || home[0] != '/')
        throw FileError({"找不到用户主目录（HOME 未设置），无法存放签名密钥", "no home folder (HOME is unset): nowhere to keep the signing key"});
    return std::string(home) + "/.local/share/huixuan/keys";
}

KeyPaths signingKeyPaths(const std::string& workspacePath, const std::string& workspaceIdentity)
{
    const KeyPaths beside{workspacePath + ".key.pem", workspacePath + ".cert.pem"};
    if (fs::exists(beside.key) || workspaceIdentity.empty())
        return beside;
    return storePaths(workspaceIdentity);
}

KeyPaths newStoreKeyPaths(const std::string& workspaceIdentity)
{
    const fs::path dir = keyStoreDir();
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throw FileError({"无法建立密钥目录：" + dir.string(), "cannot create the key folder: " + dir.string()});
    fs::permissions(dir, fs::perms::owner_all, ec);
    return storePaths(workspaceIdentity);
}

} // namespace hx
