#include "presenter/chimeplayer.h"

#include "preferences.h"

#include <QLoggingCategory>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

Q_LOGGING_CATEGORY(lcChime, "sala.run.chime")

namespace sala {

ChimePlayer::ChimePlayer(QObject *parent) : QObject(parent) {}

ChimePlayer::~ChimePlayer() = default;

bool ChimePlayer::muted() const
{
    return !Preferences::soundsEnabled.value();
}

void ChimePlayer::setMuted(bool muted)
{
    if (muted == this->muted())
        return;
    Preferences::soundsEnabled.setValue(!muted);
    Q_EMIT mutedChanged(muted);
}

QSoundEffect *ChimePlayer::effect(Chime chime)
{
    if (!m_audioChecked) {
        m_audioChecked = true;
        // Asking Qt Multimedia for devices is the one call that may find no sound system at all;
        // without an output there is nothing to create.
        m_audioAvailable = !QMediaDevices::audioOutputs().isEmpty();
        if (!m_audioAvailable)
            qCInfo(lcChime) << "no audio output: chimes are silent";
    }
    if (!m_audioAvailable)
        return nullptr;
    QSoundEffect *&slot = m_effects[std::size_t(chime)];
    if (!slot) {
        slot = new QSoundEffect(this);
        slot->setSource(QUrl(chime == Chime::WrapUp ? QStringLiteral("qrc:/sala/sounds/wrap-up.wav")
                                                    : QStringLiteral("qrc:/sala/sounds/time-up.wav")));
        slot->setVolume(0.8f);
    }
    return slot;
}

void ChimePlayer::play(Chime chime)
{
    ++m_requests[std::size_t(chime)];
    bool audible = false;
    if (!muted()) {
        if (QSoundEffect *sound = effect(chime)) {
            sound->play();
            audible = true;
        }
    }
    Q_EMIT chimed(chime, audible);
}

} // namespace sala
