#include "maturitythresholdsdialog.h"

#include "ui_maturitythresholdsdialog.h"

#include <QPushButton>

namespace Torget {

MaturityThresholdsDialog::MaturityThresholdsDialog(const MaturityThresholds &thresholds, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MaturityThresholdsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("maturityThresholdsDialog"));
    setThresholds(thresholds);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setThresholds(MaturityThresholds()); });
}

MaturityThresholdsDialog::~MaturityThresholdsDialog() = default;

void MaturityThresholdsDialog::setThresholds(const MaturityThresholds &t)
{
    m_ui->postsSpin->setValue(t.minPostsPerMonth);
    m_ui->mobilizationSpin->setValue(t.mobilizationShare * 100);
    m_ui->dialogSpin->setValue(t.dialogShare * 100);
    m_ui->replyRateSpin->setValue(t.replyRate * 100);
    m_ui->responseHoursSpin->setValue(t.maxMedianResponseHours);
    m_ui->sameDaySpin->setValue(t.sameDayShare * 100);
}

MaturityThresholds MaturityThresholdsDialog::thresholds() const
{
    MaturityThresholds t;
    t.minPostsPerMonth = m_ui->postsSpin->value();
    t.mobilizationShare = m_ui->mobilizationSpin->value() / 100.0;
    t.dialogShare = m_ui->dialogSpin->value() / 100.0;
    t.replyRate = m_ui->replyRateSpin->value() / 100.0;
    t.maxMedianResponseHours = m_ui->responseHoursSpin->value();
    t.sameDayShare = m_ui->sameDaySpin->value() / 100.0;
    return t;
}

} // namespace Torget
