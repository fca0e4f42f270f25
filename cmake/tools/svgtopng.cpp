// sala_svgtopng: renders Sala's SVG icon into the PNG sizes of the freedesktop hicolor theme at
// build time, so that only the SVG is kept in the sources.
//
// Usage: sala_svgtopng IN.svg OUT_DIR NAME SIZE... writes OUT_DIR/SIZExSIZE/apps/NAME.png

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() < 5) {
        err << "usage: sala_svgtopng IN.svg OUT_DIR NAME SIZE..." << Qt::endl;
        return 64;
    }
    QSvgRenderer renderer(arguments[1]);
    if (!renderer.isValid()) {
        err << "sala_svgtopng: " << arguments[1] << " is not an SVG image Qt can render" << Qt::endl;
        return 65;
    }
    for (qsizetype i = 4; i < arguments.size(); ++i) {
        bool ok = false;
        const int size = arguments[i].toInt(&ok);
        if (!ok || size <= 0 || size > 4096) {
            err << "sala_svgtopng: " << arguments[i] << " is not a size in pixels" << Qt::endl;
            return 64;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
            renderer.render(&painter);
        }
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(arguments[2]).arg(size);
        const QString file = QStringLiteral("%1/%2.png").arg(folder, arguments[3]);
        if (!QDir().mkpath(folder) || !image.save(file, "PNG")) {
            err << "sala_svgtopng: cannot write " << file << Qt::endl;
            return 73;
        }
    }
    return 0;
}
