// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventprofile.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QMetaEnum>
#include <QThread>

#include <algorithm>
#include <vector>

namespace psnn::test {

ProfilingApplication::ProfilingApplication(int& argc, char** argv)
    : QApplication(argc, argv)
{
}

ProfilingApplication* ProfilingApplication::instance()
{
    return static_cast<ProfilingApplication*>(QCoreApplication::instance());
}

void ProfilingApplication::startProfiling()
{
    m_entries.clear();
    m_profiling = true;
}

void ProfilingApplication::stopProfiling()
{
    m_profiling = false;
}

bool ProfilingApplication::notify(QObject* receiver, QEvent* event)
{
    if (QThread::currentThread() != thread() || !m_profiling || m_depth > 1)
        return QApplication::notify(receiver, event);
    const QEvent::Type type = event->type();
    const char* className = receiver->metaObject()->className();
    QElapsedTimer clock;
    clock.start();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    const qint64 ns = clock.nsecsElapsed();
    const char* typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
    Entry& e = m_entries[QStringLiteral("%1%2 %3").arg(m_depth > 0 ? QStringLiteral("  (nested) ") : QString(), QLatin1String(className), typeName ? QLatin1String(typeName) : QLatin1String("?"))];
    e.maxNs = std::max(e.maxNs, ns);
    e.totalNs += ns;
    ++e.calls;
    return handled;
}

QStringList ProfilingApplication::slowest(int count) const
{
    std::vector<std::pair<QString, Entry>> all;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        all.emplace_back(it.key(), it.value());
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.second.maxNs > b.second.maxNs; });
    QStringList lines;
    for (size_t i = 0; i < all.size() && int(i) < count; ++i)
        lines << QStringLiteral("%1 ms max  %2  (x%3, total %4 ms)")
                     .arg(all[i].second.maxNs / 1e6, 6, 'f', 1)
                     .arg(all[i].first)
                     .arg(all[i].second.calls)
                     .arg(all[i].second.totalNs / 1e6, 0, 'f', 0);
    return lines;
}

} // namespace psnn::test
