// SPDX-License-Identifier: GPL-3.0-or-later
#include "nir_test_files.h"

#include "privatesnn/export_nir.h"

#include <hdf5.h>

#include <cmath>
#include <cstdint>
#include <stdexcept>

namespace psnn::test {
namespace {

hid_t checked(hid_t id, const std::string& what)
{
    if (id < 0)
        throw std::runtime_error("writeNirTree: HDF5 failed at " + what);
    return id;
}

void writeDataset(hid_t parent, const std::string& name, const nir::Dataset& d)
{
    std::vector<hsize_t> dims(d.shape.begin(), d.shape.end());
    const hid_t space =
        checked(dims.empty() ? H5Screate(H5S_SCALAR) : H5Screate_simple(int(dims.size()), dims.data(), nullptr), name);
    hid_t fileType = -1, memType = -1;
    const void* data = nullptr;
    std::vector<float> floats(d.numbers.begin(), d.numbers.end());
    std::vector<int64_t> integers;
    for (double v : d.numbers) // saturated: a fuzzed NaN or 1e30 must not be undefined behaviour here
        integers.push_back(std::isnan(v) ? 0 : v >= 9.2e18 ? INT64_MAX : v <= -9.2e18 ? INT64_MIN : int64_t(v));
    std::vector<const char*> texts;
    if (d.kind == nir::Dataset::Kind::Text) {
        fileType = memType = checked(H5Tcopy(H5T_C_S1), name);
        H5Tset_size(fileType, H5T_VARIABLE);
        H5Tset_cset(fileType, H5T_CSET_UTF8);
        for (const std::string& s : d.texts)
            texts.push_back(s.c_str());
        data = texts.data();
    } else if (d.kind == nir::Dataset::Kind::Integer) {
        fileType = H5T_STD_I64LE;
        memType = H5T_NATIVE_INT64;
        data = integers.data();
    } else {
        fileType = H5T_IEEE_F32LE;
        memType = H5T_NATIVE_FLOAT;
        data = floats.data();
    }
    const hid_t set =
        checked(H5Dcreate2(parent, name.c_str(), fileType, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), name);
    // A dataset whose values do not fill its shape keeps HDF5's fill value (zeros) there.
    const size_t count = d.kind == nir::Dataset::Kind::Text ? d.texts.size() : d.numbers.size();
    hsize_t total = 1;
    for (hsize_t n : dims)
        total *= n;
    if (count > 0 && count == total && H5Dwrite(set, memType, H5S_ALL, H5S_ALL, H5P_DEFAULT, data) < 0)
        throw std::runtime_error("writeNirTree: writing " + name);
    H5Dclose(set);
    if (d.kind == nir::Dataset::Kind::Text)
        H5Tclose(fileType);
    H5Sclose(space);
}

void writeGroup(hid_t id, const nir::Group& group)
{
    for (const auto& [name, d] : group.datasets)
        writeDataset(id, name, d);
    for (const auto& [name, child] : group.groups) {
        const hid_t g = checked(H5Gcreate2(id, name.c_str(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), name);
        writeGroup(g, child);
        H5Gclose(g);
    }
}

} // namespace

void writeNirTree(const std::string& path, const nir::Group& root)
{
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    const hid_t file = checked(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), path);
    try {
        writeGroup(file, root);
    } catch (...) {
        H5Fclose(file);
        throw;
    }
    H5Fclose(file);
}

nir::Group exportedNirTree(const SpikingModel& model, const std::string& scratchPath)
{
    exportNir(model, scratchPath);
    return nir::readFile(scratchPath);
}

nir::Group& nirNode(nir::Group& root, const std::string& name)
{
    return root.groups.at("node").groups.at("nodes").groups.at(name);
}

nir::Dataset nirNumbers(const std::vector<int64_t>& shape, const std::vector<double>& values, bool integer)
{
    nir::Dataset d;
    d.kind = integer ? nir::Dataset::Kind::Integer : nir::Dataset::Kind::Float;
    d.shape = shape;
    d.numbers = values;
    return d;
}

nir::Dataset nirText(const std::string& value)
{
    nir::Dataset d;
    d.kind = nir::Dataset::Kind::Text;
    d.texts = {value};
    return d;
}

} // namespace psnn::test
