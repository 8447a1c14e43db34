// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportwriter.h"

#include <QApplication>

namespace psnn {

struct ReportApplication::Impl {
    // QApplication keeps references to argc and argv, so they live as long as it does.
    int argc = 1;
    char name[18] = "privatesnn-report";
    char* argv[2] = {name, nullptr};
    std::unique_ptr<QApplication> application;
};

ReportApplication::ReportApplication()
    : m_impl(std::make_unique<Impl>())
{
    if (QCoreApplication* existing = QCoreApplication::instance()) {
        if (!qobject_cast<QApplication*>(existing))
            throw ReportError("The report needs a QApplication, but this program created a QCoreApplication; "
                              "create a QApplication (or a psnn::ReportApplication) instead.");
        return;
    }
    const bool hasDisplay = !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (!hasDisplay && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    m_impl->application = std::make_unique<QApplication>(m_impl->argc, m_impl->argv);
}

ReportApplication::~ReportApplication() = default;

bool ReportApplication::ownsApplication() const noexcept
{
    return m_impl->application != nullptr;
}

} // namespace psnn
