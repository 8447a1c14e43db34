// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/error.h"
#include "privatesnn/progress.h"

namespace psnn {

Error::Error(ErrorCode code, const std::string& message, std::string hint)
    : std::runtime_error(message), m_code(code), m_hint(std::move(hint))
{
}

ProgressSink& nullProgress()
{
    static ProgressSink sink;
    return sink;
}

void throwIfCancelled(const ProgressSink& sink, const std::string& where)
{
    if (sink.cancelled())
        throw Error(ErrorCode::Cancelled, where + " was cancelled.", "Finished results were kept; run it again to continue.");
}

} // namespace psnn
