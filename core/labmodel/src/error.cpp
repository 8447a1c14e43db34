// SPDX-License-Identifier: GPL-3.0-or-later
#include "privatesnn/error.h"
#include "privatesnn/progress.h"

namespace psnn {

Error::Error(ErrorCode code, const std::string& message, std::string hint)
    : std::runtime_error(message), m_code(code), m_hint(std::move(hint))
{
}

StageProgress::StageProgress(ProgressSink& outer, double begin, double end, std::string prefix)
    : m_outer(outer), m_begin(begin), m_end(end), m_prefix(std::move(prefix))
{
}

void StageProgress::report(double fraction, const std::string& message)
{
    m_outer.report(m_begin + (m_end - m_begin) * fraction, m_prefix.empty() ? message : m_prefix + ": " + message);
}

void StageProgress::metric(const std::string& series, double x, double y)
{
    m_outer.metric(m_prefix.empty() ? series : m_prefix + "/" + series, x, y);
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
