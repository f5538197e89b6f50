// WelcomePage: shown while no workspace is open: what the product is, and the ways in.
#pragma once

#include <QWidget>

class QAction;

namespace mwb::ui {

class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    WelcomePage(QAction *openDemo, QAction *open, QAction *create, QWidget *parent = nullptr);
};

} // namespace mwb::ui
