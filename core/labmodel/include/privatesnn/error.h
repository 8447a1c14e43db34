// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace psnn {

/// What went wrong, so that a front end can pick a translated message and a way out.
enum class ErrorCode {
    FileNotFound,
    FileUnreadable,
    FileUnwritable,
    BadFormat,      ///< wrong magic number, header or structure
    Truncated,      ///< the file ends before the data it announces
    ShapeMismatch,  ///< sizes that must agree do not
    Unsupported,    ///< a layer or option the method cannot handle
    InvalidArgument,
    NumericError,   ///< NaN/Inf where finite numbers are required
    OutOfMemory,
    Cancelled,
};

/// The one exception type core throws for errors a user can cause. what() is a complete English
/// sentence naming the cause; hint() says how to get out of it.
class Error : public std::runtime_error {
public:
    Error(ErrorCode code, const std::string& message, std::string hint = {});

    ErrorCode code() const noexcept { return m_code; }
    const std::string& hint() const noexcept { return m_hint; }

private:
    ErrorCode m_code;
    std::string m_hint;
};

} // namespace psnn
