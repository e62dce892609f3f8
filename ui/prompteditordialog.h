#pragma once

#include <QDialog>
#include <QMap>

class QComboBox;
class QPlainTextEdit;

namespace candor {

// Edits the system prompt and the per-level prompt templates; an untouched or reset text means "the default".
class PromptEditorDialog : public QDialog
{
    Q_OBJECT
public:
    PromptEditorDialog(const QString &systemPrompt, const QMap<int, QString> &levelTemplates,
                       QWidget *parent = nullptr);

    QString systemPrompt() const;              // empty = default
    QMap<int, QString> levelTemplates() const; // only levels that differ from the default

    QComboBox *pageComboBox() const { return m_page; }
    QPlainTextEdit *editor() const { return m_editor; }

public Q_SLOTS:
    // The built-in (English) default, which a project does not need to store.
    void resetToDefault();
    // The default written in the UI language (when Candor has one); a project stores it like any edited text.
    void resetToTranslatedDefault();

private:
    void showPage(int page);
    void storePage();
    QString defaultFor(int page) const;
    QString translatedDefaultFor(int page) const;

    QComboBox *m_page = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QStringList m_texts; // page 0 = system prompt, pages 1..5 = levels -2..+2
    int m_current = 0;
};

} // namespace candor
