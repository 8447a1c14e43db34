// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace psnn::test {

/// A fresh folder under the system temp dir, removed when the object dies.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::string& path() const { return m_path; }
    std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
    std::string m_path;
};

void writeBytes(const std::string& path, const std::vector<uint8_t>& bytes);
std::vector<uint8_t> readBytes(const std::string& path);
/// The whole file as text ("" when it cannot be read).
std::string readText(const std::string& path);
/// Replaces the file's contents with text.
void writeText(const std::string& path, const std::string& text);
/// The file parsed as JSON (throws nlohmann::json's errors).
nlohmann::json readJson(const std::string& path);
/// gzip-compresses bytes into path.
void writeGzip(const std::string& path, const std::vector<uint8_t>& bytes);

/// Where tests find committed fixtures (tests/data).
std::string dataFile(const std::string& name);

} // namespace psnn::test
