#pragma once
// The starting point of most GUI tests: clean settings and a private database holding the demo
// workshop, its session dated 1 December 2026.

#include "demo/demoseeder.h"
#include "settings.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <memory>

namespace sala::test {

struct DemoStore {
    QTemporaryDir dir;
    std::unique_ptr<Store> store;

    DemoStore()
    {
        appSettings().clear();
        auto opened = Store::open(dir.filePath(QStringLiteral("sala.db")));
        REQUIRE(opened.ok());
        store = std::move(opened.value());
        REQUIRE(seedDemo(*store, QDate(2026, 12, 1)).ok());
    }
};

} // namespace sala::test
