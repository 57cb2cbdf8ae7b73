#pragma once

#include "analytics/maturitylevels.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MaturityThresholdsDialog;
}

namespace Torget {

// Edits the thresholds that place a period at a level (shares shown in per cent).
class MaturityThresholdsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MaturityThresholdsDialog(const MaturityThresholds &thresholds, QWidget *parent = nullptr);
    ~MaturityThresholdsDialog() override;

    MaturityThresholds thresholds() const;
    void setThresholds(const MaturityThresholds &t);

private:
    std::unique_ptr<Ui::MaturityThresholdsDialog> m_ui;
};

} // namespace Torget
