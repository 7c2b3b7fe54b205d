#include "file_io.hpp"

#include "errors.hpp"

#include <fstream>
#include <sstream>

namespace hx {

std::string readWholeFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw FileError({"无法读取文件：" + path, "cannot read " + path});
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace hx
