// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QHash>
#include <QString>

namespace psnn::test {

/// The test application: like QApplication, but while profiling it times every event the GUI
/// thread delivers at the top level (a queued signal, a paint, a timer) and remembers the slowest
/// per receiver class and event type. It finds where a stall of the event loop comes from.
class ProfilingApplication : public QApplication
{
public:
    ProfilingApplication(int& argc, char** argv);

    bool notify(QObject* receiver, QEvent* event) override;

    static ProfilingApplication* instance();
    void startProfiling();
    void stopProfiling();
    /// The slowest deliveries, slowest first: "12.3 ms  psnn::MainWindow  MetaCall (x17, total 80 ms)".
    QStringList slowest(int count) const;

private:
    struct Entry {
        qint64 maxNs = 0;
        qint64 totalNs = 0;
        int calls = 0;
    };
    QHash<QString, Entry> m_entries;
    bool m_profiling = false;
    int m_depth = 0;
};

} // namespace psnn::test
