#include "prompteditordialog.h"

#include "dataset/rubric.h"
#include "generation/promptbuilder.h"
#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace candor {
using namespace Qt::StringLiterals;

PromptEditorDialog::PromptEditorDialog(const QString &systemPrompt, const QMap<int, QString> &levelTemplates,
                                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Prompt templates"));
    auto *layout = new QVBoxLayout(this);
    m_page = new QComboBox;
    m_page->setObjectName(u"promptPageComboBox"_s);
    m_page->setAccessibleName(tr("Prompt to edit"));
    m_page->setToolTip(tr("The system prompt, or the template of one rubric level."));
    m_page->addItem(tr("System prompt"));
    for (int level = Rubric::MinReward; level <= Rubric::MaxReward; ++level)
        m_page->addItem(tr("Level %1: %2").arg(Rubric::formatReward(level), Rubric::displayLabel(level)));
    m_editor = new QPlainTextEdit;
    m_editor->setObjectName(u"promptEditor"_s);
    m_editor->setAccessibleName(tr("Prompt text"));
    m_editor->setToolTip(tr("The instructions sent to the model; {variables} are filled in for each request."));
    m_editor->setMinimumSize(620, 320);
    auto *help = new QLabel(
        tr("Variables: %1. The templates are instructions to the model; the language of the generated rows is "
           "a separate setting, which fills in {language}.")
            .arg(u"{"_s + PromptBuilder::variables().join(u"} {"_s) + u"}"_s));
    help->setWordWrap(true);
    help->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *reset = buttons->addButton(tr("&Reset to Default"), QDialogButtonBox::ResetRole);
    reset->setObjectName(u"resetPromptButton"_s);
    reset->setToolTip(tr("Replace this text with Candor's default."));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Keep the edited templates in the project."));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without keeping the edits."));
    // Where Candor has the templates in the UI language, the reset offers both; the English one stays the
    // built-in default so a project reads the same whatever language its user's desktop speaks.
    const QString language = uiLanguage();
    if (PromptBuilder::hasTranslatedDefaults(language)) {
        auto *menu = new QMenu(reset);
        QAction *builtIn = menu->addAction(tr("&Built-in Default (English)"));
        builtIn->setObjectName(u"resetToBuiltInAction"_s);
        connect(builtIn, &QAction::triggered, this, &PromptEditorDialog::resetToDefault);
        QAction *translated = menu->addAction(tr("Default in %1").arg(nativeLanguageName(language)));
        translated->setObjectName(u"resetToTranslatedAction"_s);
        translated->setToolTip(tr("The same instructions written in your language; saved with the project."));
        connect(translated, &QAction::triggered, this, &PromptEditorDialog::resetToTranslatedDefault);
        reset->setMenu(menu);
    } else {
        connect(reset, &QPushButton::clicked, this, &PromptEditorDialog::resetToDefault);
    }
    layout->addWidget(m_page);
    layout->addWidget(m_editor, 1);
    layout->addWidget(help);
    layout->addWidget(buttons);

    m_texts << (systemPrompt.trimmed().isEmpty() ? PromptBuilder::defaultSystemPrompt() : systemPrompt);
    for (int level = Rubric::MinReward; level <= Rubric::MaxReward; ++level) {
        const QString text = levelTemplates.value(level);
        m_texts << (text.trimmed().isEmpty() ? PromptBuilder::defaultLevelTemplate() : text);
    }
    connect(m_page, &QComboBox::currentIndexChanged, this, &PromptEditorDialog::showPage);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        storePage();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_editor->setPlainText(m_texts.at(0));
}

QString PromptEditorDialog::defaultFor(int page) const
{
    return page == 0 ? PromptBuilder::defaultSystemPrompt() : PromptBuilder::defaultLevelTemplate();
}

QString PromptEditorDialog::translatedDefaultFor(int page) const
{
    return page == 0 ? PromptBuilder::defaultSystemPrompt(uiLanguage())
                     : PromptBuilder::defaultLevelTemplate(uiLanguage());
}

void PromptEditorDialog::storePage()
{
    m_texts[m_current] = m_editor->toPlainText();
}

void PromptEditorDialog::showPage(int page)
{
    storePage();
    m_current = page;
    m_editor->setPlainText(m_texts.at(page));
}

void PromptEditorDialog::resetToDefault()
{
    m_editor->setPlainText(defaultFor(m_current));
}

void PromptEditorDialog::resetToTranslatedDefault()
{
    m_editor->setPlainText(translatedDefaultFor(m_current));
}

QString PromptEditorDialog::systemPrompt() const
{
    const QString text = m_current == 0 ? m_editor->toPlainText() : m_texts.at(0);
    return text.trimmed() == defaultFor(0).trimmed() ? QString() : text;
}

QMap<int, QString> PromptEditorDialog::levelTemplates() const
{
    QMap<int, QString> map;
    for (int page = 1; page < m_texts.size(); ++page) {
        const QString text = page == m_current ? m_editor->toPlainText() : m_texts.at(page);
        if (text.trimmed() != defaultFor(page).trimmed())
            map.insert(Rubric::rewardAt(page - 1), text);
    }
    return map;
}

} // namespace candor
