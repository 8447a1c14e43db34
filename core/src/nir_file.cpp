// SPDX-License-Identifier: GPL-3.0-or-later
#include "nir_file.h"

#include "privatesnn/error.h"
#include "privatesnn/model_validation.h"

#include <hdf5.h>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace psnn::nir {
namespace {

constexpr char kSignature[8] = {'\x89', 'H', 'D', 'F', '\r', '\n', '\x1a', '\n'};

// ---- the child: walks the file and streams it to the pipe -------------------------------------

/// Buffered writes to the pipe; the child leaves at once if the parent has gone.
class Stream {
public:
    explicit Stream(int fd) : m_fd(fd) { }
    ~Stream() { flush(); }
    Stream(const Stream&) = delete;
    Stream& operator=(const Stream&) = delete;

    void bytes(const void* data, size_t size)
    {
        const char* p = static_cast<const char*>(data);
        m_buffer.insert(m_buffer.end(), p, p + size);
        if (m_buffer.size() >= (size_t(1) << 16))
            flush();
    }
    template <typename T> void value(T v) { bytes(&v, sizeof(v)); }
    void text(const std::string& s)
    {
        value(uint32_t(s.size()));
        bytes(s.data(), s.size());
    }
    void flush()
    {
        size_t done = 0;
        while (done < m_buffer.size()) {
            const ssize_t n = ::write(m_fd, m_buffer.data() + done, m_buffer.size() - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                _exit(3);
            done += size_t(n);
        }
        m_buffer.clear();
    }

private:
    int m_fd;
    std::vector<char> m_buffer;
};

/// A refusal the child reports instead of a tree: the parent turns it into an Error.
struct Refusal {
    std::string message;
};

class Walker {
public:
    Walker(Stream& out, const ReadLimits& limits) : m_out(out), m_limits(limits) { }

    void group(hid_t id, const std::string& path, int depth)
    {
        if (depth > m_limits.maxDepth)
            throw Refusal{"its groups nest deeper than " + std::to_string(m_limits.maxDepth) + " levels at '" + path
                          + "'"};
        H5G_info_t info{};
        if (H5Gget_info(id, &info) < 0)
            throw Refusal{"the group '" + path + "' cannot be read"};
        for (hsize_t i = 0; i < info.nlinks; ++i) {
            if (++m_objects > m_limits.maxObjects)
                throw Refusal{"it holds more than " + std::to_string(m_limits.maxObjects) + " groups and datasets"};
            char name[256] = {};
            const ssize_t length =
                H5Lget_name_by_idx(id, ".", H5_INDEX_NAME, H5_ITER_INC, i, name, sizeof(name), H5P_DEFAULT);
            if (length < 0 || size_t(length) >= sizeof(name))
                throw Refusal{"a member of '" + path + "' has no readable name (or one over 255 bytes)"};
            const std::string child = path + (path == "/" ? "" : "/") + name;
            H5L_info_t link{};
            if (H5Lget_info(id, name, &link, H5P_DEFAULT) < 0)
                throw Refusal{"the link '" + child + "' cannot be read"};
            // A soft or external link could point anywhere, another file included: a graph has none.
            if (link.type != H5L_TYPE_HARD)
                throw Refusal{"'" + child + "' is a soft or external link, which a NIR graph does not use"};
            const hid_t object = H5Oopen(id, name, H5P_DEFAULT);
            if (object < 0)
                throw Refusal{"the object '" + child + "' cannot be opened"};
            const H5I_type_t type = H5Iget_type(object);
            try {
                if (type == H5I_GROUP) {
                    m_out.value('G');
                    m_out.text(name);
                    group(object, child, depth + 1);
                    m_out.value('g');
                } else if (type == H5I_DATASET) {
                    dataset(object, name, child);
                } // a committed datatype carries no data
            } catch (...) {
                H5Oclose(object);
                throw;
            }
            H5Oclose(object);
        }
    }

private:
    void dataset(hid_t set, const std::string& name, const std::string& path)
    {
        const hid_t space = H5Dget_space(set);
        if (space < 0)
            throw Refusal{"the dataset '" + path + "' has no readable shape"};
        const int rank = H5Sget_simple_extent_ndims(space);
        hsize_t dims[H5S_MAX_RANK] = {};
        if (rank < 0 || rank > 8 || H5Sget_simple_extent_dims(space, dims, nullptr) < 0) {
            H5Sclose(space);
            throw Refusal{"the dataset '" + path + "' has an unreadable shape or more than 8 dimensions"};
        }
        const bool empty = H5Sget_simple_extent_type(space) == H5S_NULL;
        H5Sclose(space);
        uint64_t count = empty ? 0 : 1;
        for (int d = 0; d < rank; ++d) {
            if (dims[d] != 0 && count > (m_limits.maxElements - m_elements) / dims[d])
                throw Refusal{"the dataset '" + path + "' claims more values than the "
                              + std::to_string(m_limits.maxElements) + " a graph may hold (dimension "
                              + std::to_string(d) + " is " + std::to_string(dims[d]) + ")"};
            count *= dims[d];
        }
        m_elements += count;
        const hid_t fileType = H5Dget_type(set);
        if (fileType < 0)
            throw Refusal{"the dataset '" + path + "' has no readable type"};
        const H5T_class_t cls = H5Tget_class(fileType);
        const bool isString = cls == H5T_STRING, isNumber = cls == H5T_INTEGER || cls == H5T_FLOAT;
        m_out.value('D');
        m_out.text(name);
        m_out.value(uint8_t(cls == H5T_INTEGER ? 0 : cls == H5T_FLOAT ? 1 : isString ? 2 : 3));
        m_out.value(uint32_t(rank));
        for (int d = 0; d < rank; ++d)
            m_out.value(uint64_t(dims[d]));
        try {
            if (isNumber)
                numbers(set, count, path);
            else if (isString)
                strings(set, fileType, count, path);
            else
                m_out.text(cls == H5T_COMPOUND    ? "compound"
                               : cls == H5T_ENUM  ? "enum"
                               : cls == H5T_ARRAY ? "array"
                                                  : "other");
        } catch (...) {
            H5Tclose(fileType);
            throw;
        }
        H5Tclose(fileType);
    }

    void numbers(hid_t set, uint64_t count, const std::string& path)
    {
        std::vector<double> values(count);
        if (count > 0 && H5Dread(set, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()) < 0)
            throw Refusal{"the values of '" + path + "' cannot be read (damaged or compressed with an unknown filter)"};
        m_out.value(uint64_t(count));
        m_out.bytes(values.data(), count * sizeof(double));
    }

    void strings(hid_t set, hid_t fileType, uint64_t count, const std::string& path)
    {
        std::vector<std::string> texts;
        const htri_t variable = H5Tis_variable_str(fileType);
        const hid_t memType = H5Tcopy(H5T_C_S1);
        if (variable > 0 && count > 0) {
            H5Tset_size(memType, H5T_VARIABLE);
            H5Tset_cset(memType, H5Tget_cset(fileType));
            std::vector<char*> pointers(count, nullptr);
            const bool ok = H5Dread(set, memType, H5S_ALL, H5S_ALL, H5P_DEFAULT, pointers.data()) >= 0;
            for (char* p : pointers)
                texts.emplace_back(p ? p : "");
            if (ok) {
                const hid_t space = H5Dget_space(set);
                H5Dvlen_reclaim(memType, space, H5P_DEFAULT, pointers.data());
                H5Sclose(space);
            }
            if (!ok) {
                H5Tclose(memType);
                throw Refusal{"the text of '" + path + "' cannot be read"};
            }
        } else if (count > 0) {
            const size_t size = H5Tget_size(fileType);
            if (size == 0 || size > (size_t(1) << 20) || count > (m_limits.maxElements * 8) / size) {
                H5Tclose(memType);
                throw Refusal{"the fixed-length text of '" + path + "' has an implausible size"};
            }
            H5Tset_size(memType, size);
            std::vector<char> buffer(count * size);
            if (H5Dread(set, memType, H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer.data()) < 0) {
                H5Tclose(memType);
                throw Refusal{"the text of '" + path + "' cannot be read"};
            }
            for (uint64_t i = 0; i < count; ++i) {
                std::string s(buffer.data() + i * size, size);
                texts.push_back(s.substr(0, s.find('\0')));
            }
        }
        H5Tclose(memType);
        m_out.value(uint64_t(texts.size()));
        for (const std::string& s : texts)
            m_out.text(s);
    }

    Stream& m_out;
    const ReadLimits& m_limits;
    int m_objects = 0;
    uint64_t m_elements = 0;
};

[[noreturn]] void childMain(int fd, const std::string& path, const ReadLimits& limits, unsigned seconds,
                            uint64_t budget)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    alarm(seconds);
    // The address space it may add to what it inherited: a damaged size cannot take the machine's memory.
    std::ifstream statm("/proc/self/statm");
    uint64_t pages = 0;
    if (statm >> pages) {
        rlimit cap{};
        cap.rlim_cur = cap.rlim_max = pages * uint64_t(sysconf(_SC_PAGESIZE)) + budget;
        setrlimit(RLIMIT_AS, &cap);
    }
    {
        Stream out(fd);
        try {
            H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
            const hid_t file = H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
            if (file < 0)
                throw Refusal{"HDF5 cannot open it (the file is damaged or not HDF5)"};
            Walker(out, limits).group(file, "/", 0);
            out.value('Z');
        } catch (const Refusal& r) {
            out.value('E');
            out.text(r.message);
        } catch (const std::bad_alloc&) {
            out.value('E');
            out.text("reading it needs more memory than its size can explain");
        }
    }
    _exit(0);
}

// ---- the parent: runs the child and decodes what it sent --------------------------------------

class Decoder {
public:
    Decoder(const std::string& data, const std::string& path) : m_data(data), m_path(path) { }

    Group tree()
    {
        Group root;
        std::vector<Group*> stack{&root};
        while (true) {
            const char tag = take<char>();
            if (tag == 'Z' && stack.size() == 1)
                return root;
            if (tag == 'E')
                throw Error(ErrorCode::BadFormat, "'" + m_path + "' is not a readable NIR graph: " + text() + ".",
                            "Export the graph again (nir.write, or the exporting library's NIR export).");
            if (tag == 'G') {
                Group& child = stack.back()->groups[text()];
                stack.push_back(&child);
            } else if (tag == 'g' && stack.size() > 1) {
                stack.pop_back();
            } else if (tag == 'D') {
                dataset(*stack.back());
            } else {
                broken();
            }
        }
    }

private:
    [[noreturn]] void broken() const
    {
        throw Error(ErrorCode::BadFormat, "The reader of '" + m_path + "' sent an incomplete answer.",
                    "Check that the file is a complete NIR graph and try again.");
    }
    template <typename T> T take()
    {
        if (m_data.size() - m_at < sizeof(T))
            broken();
        T v;
        std::memcpy(&v, m_data.data() + m_at, sizeof(T));
        m_at += sizeof(T);
        return v;
    }
    std::string text()
    {
        const uint32_t n = take<uint32_t>();
        if (m_data.size() - m_at < n)
            broken();
        std::string s = m_data.substr(m_at, n);
        m_at += n;
        return s;
    }
    void dataset(Group& parent)
    {
        Dataset& d = parent.datasets[text()];
        const uint8_t kind = take<uint8_t>();
        const uint32_t rank = take<uint32_t>();
        if (kind > 3 || rank > 8)
            broken();
        d.kind = Dataset::Kind(kind);
        for (uint32_t i = 0; i < rank; ++i) {
            const uint64_t dim = take<uint64_t>();
            if (dim > uint64_t(INT64_MAX))
                broken();
            d.shape.push_back(int64_t(dim));
        }
        if (d.isNumber()) {
            const uint64_t n = take<uint64_t>();
            if ((m_data.size() - m_at) / sizeof(double) < n)
                broken();
            d.numbers.resize(n);
            if (n > 0) // an empty vector's data() may be null, which memcpy may not be given
                std::memcpy(d.numbers.data(), m_data.data() + m_at, n * sizeof(double));
            m_at += n * sizeof(double);
        } else if (d.kind == Dataset::Kind::Text) {
            const uint64_t n = take<uint64_t>();
            if ((m_data.size() - m_at) / sizeof(uint32_t) < n)
                broken();
            for (uint64_t i = 0; i < n; ++i)
                d.texts.push_back(text());
        } else {
            d.typeName = text();
        }
    }

    const std::string& m_data;
    const std::string& m_path;
    size_t m_at = 0;
};

} // namespace

bool isHdf5File(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    char head[8] = {};
    return in.read(head, 8) && std::memcmp(head, kSignature, 8) == 0;
}

Group readFile(const std::string& path, const ReadLimits& limits)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::exists(path, ec))
        throw Error(ErrorCode::FileNotFound, "The NIR file '" + path + "' does not exist.", "Check the path.");
    if (!fs::is_regular_file(path, ec))
        throw Error(ErrorCode::FileUnreadable, "'" + path + "' is not a regular file.",
                    "Give the path of a .nir file.");
    const uint64_t size = fs::file_size(path, ec);
    if (ec || !std::ifstream(path, std::ios::binary))
        throw Error(ErrorCode::FileUnreadable, "Cannot open the NIR file '" + path + "'.",
                    "Check the file's permissions.");
    if (size == 0)
        throw Error(ErrorCode::Truncated, "The NIR file '" + path + "' is empty (0 bytes).",
                    "The copy or download was interrupted; copy the file again.");
    if (size > limits.maxFileBytes)
        throw Error(ErrorCode::Unsupported,
                    "The NIR file '" + path + "' has " + std::to_string(size) + " bytes, more than the "
                        + std::to_string(limits.maxFileBytes) + " a graph of this tool's networks can need.",
                    "Check that it is the right file.");
    if (!isHdf5File(path))
        throw Error(ErrorCode::BadFormat, "'" + path + "' is not a NIR graph: it does not start with HDF5's signature.",
                    "A NIR file is HDF5, as nir.write and the libraries' NIR exports write it.");

    const unsigned seconds = unsigned(limits.seconds > 0 ? limits.seconds : 20.0 + double(size) / double(8 << 20));
    const uint64_t budget = 4 * size + (uint64_t(1) << 30) + 16 * limits.maxElements;
    int fds[2];
    if (pipe(fds) != 0)
        throw Error(ErrorCode::OutOfMemory,
                    "Cannot start the reader of '" + path + "' (no pipe: " + std::strerror(errno) + ").",
                    "Close other programs and try again.");
    const pid_t child = fork();
    if (child < 0) {
        close(fds[0]);
        close(fds[1]);
        throw Error(ErrorCode::OutOfMemory, "Cannot start the reader of '" + path + "' (" + std::strerror(errno) + ").",
                    "Close other programs and try again.");
    }
    if (child == 0) {
        close(fds[0]);
        childMain(fds[1], path, limits, seconds, budget);
    }
    close(fds[1]);
    std::string data;
    char buffer[1 << 16];
    const uint64_t maxStream = limits.maxElements * 16 + (uint64_t(64) << 20);
    bool overflow = false;
    while (true) {
        const ssize_t n = ::read(fds[0], buffer, sizeof(buffer));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (data.size() + size_t(n) > maxStream) {
            overflow = true;
            kill(child, SIGKILL);
            break;
        }
        data.append(buffer, size_t(n));
    }
    close(fds[0]);
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) { }
    if (overflow)
        throw Error(ErrorCode::BadFormat, "'" + path + "' holds more than a NIR graph of this tool's networks can.",
                    "Check that it is the right file.");
    if (WIFSIGNALED(status)) {
        const int signal = WTERMSIG(status);
        if (signal == SIGALRM)
            throw Error(ErrorCode::BadFormat,
                        "Reading '" + path + "' did not finish within " + std::to_string(seconds)
                            + " s: the HDF5 library "
                              "loops on its damaged structure.",
                        "Export the graph again; if the file is fine, the machine is too busy: try again.");
        throw Error(ErrorCode::BadFormat,
                    "The HDF5 library stopped with signal " + std::to_string(signal) + " (" + strsignal(signal)
                        + ") reading '" + path + "': the file is damaged.",
                    "Export the graph again.");
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw Error(ErrorCode::OutOfMemory,
                    "The reader of '" + path + "' ended early (exit status "
                        + std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : -1) + ").",
                    "Close other programs and try again.");
    return Decoder(data, path).tree();
}

} // namespace psnn::nir
