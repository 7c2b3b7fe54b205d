#pragma once
// Where a workspace's signing key and certificate are kept.
#include <string>

namespace hx {

struct KeyPaths {
    std::string key, cert;
};

// The user's key store: $XDG_DATA_HOME/huixuan/keys, or
// ~/.local/share/huixuan/keys when XDG_DATA_HOME is unset or relative.
std::string keyStoreDir();

// A workspace's signing key and certificate. Beside the workspace when a key
// is there (FILE.huixuan.key.pem, as `huixuan-cli init` writes it); otherwise
// in the key store, named by the workspace's identity (its first event's
// hash), so that moving or copying the workspace keeps its key.
KeyPaths signingKeyPaths(const std::string& workspacePath, const std::string& workspaceIdentity);

// Creates the key store (owner-only) and returns the paths a new key for the
// workspace takes there.
KeyPaths newStoreKeyPaths(const std::string& workspaceIdentity);

} // namespace hx
