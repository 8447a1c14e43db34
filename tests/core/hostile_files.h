// SPDX-License-Identifier: GPL-3.0-or-later
// Makers of valid and hostile input files, shared by the hostile-file table and the mutation fuzz:
// every file the two suites feed to a loader is made here, none is committed.
#pragma once

#include "test_support.h"

#include "privatesnn/error.h"
#include "privatesnn/network.h"
#include "privatesnn/snn.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace psnn::test {

/// What a hostile file puts where a finite number belongs.
inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

/// One row of the hostile-file table (hostile_files_test.cpp): a file that must be refused with a
/// psnn::Error of this code whose message holds every text in `mentions`, and a way out.
struct HostileCase {
    std::string name;
    /// Writes the hostile file(s) into dir and loads them the way a command would.
    std::function<void(const TempDir& dir)> load;
    ErrorCode code;
    std::vector<std::string> mentions; ///< in what()
};

/// The table's rows for NIR graphs (hostile_nir_cases.cpp) and ONNX models (hostile_onnx_cases.cpp).
std::vector<HostileCase> hostileNirCases();
std::vector<HostileCase> hostileOnnxCases();

/// 1x8x8 input -> Conv2d(2, 3x3) -> ReLU -> AvgPool2d(2) -> Flatten -> Linear(3); seeded weights.
Network tinyConvNet();
/// tinyConvNet as a spiking model: threshold 1 on the conv, T = 10.
SpikingModel tinyConvSnn();

/// A PrivateSNN archive split into its header and tensor bytes, so a test can change the header
/// and write it back with a valid checksum (which a bit flip alone would break).
struct RawArchive {
    nlohmann::json header;
    std::string blob;
};
RawArchive readRawArchive(const std::string& path);
void writeRawArchive(const std::string& path, const RawArchive& archive);
/// The archive's bytes with header and checksum recomputed for headerText (which may be invalid JSON).
std::string signedArchive(const std::string& headerText, const std::string& blob);

/// An IDX file: magic 0x0000080N (unsigned bytes, dims.size() dimensions), big-endian dims, data.
std::vector<uint8_t> idxFile(const std::vector<uint32_t>& dims, const std::vector<uint8_t>& data);

/// A TorchScript file whose Linear weight claims shape [3, 1 << 20] over a 4-element storage: any
/// read of that tensor runs past its buffer.
void writeOversizedTorchScript(const std::string& path);

/// A TorchScript file holding one nn.Linear whose weight is the given tensor.
void writeLinearTorchScript(const std::string& path, const at::Tensor& weight);

} // namespace psnn::test
