#pragma once

#include <QCoreApplication>
#include <QString>

// The tr() of code that is not a QObject, written once. lupdate files a tr() call under the class whose member makes
// it (under "candor" for a free function), so the context given here must be that same name:
//     namespace { CANDOR_TR_FUNCTION("candor::RunJournal") }
#define CANDOR_TR_FUNCTION(context)                                                                                    \
    [[maybe_unused]] QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)                    \
    {                                                                                                                  \
        return QCoreApplication::translate(context, text, disambiguation, n);                                          \
    }
