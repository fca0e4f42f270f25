#pragma once
// The chimes at wrap-up and at zero, played on the facilitator's own machine only. Without an
// audio device (a server, CI) a chime is counted and skipped, never an error.

#include <QObject>

#include <array>

class QSoundEffect;

namespace sala {

class ChimePlayer final : public QObject {
    Q_OBJECT
public:
    enum class Chime { WrapUp, TimeUp };

    explicit ChimePlayer(QObject *parent = nullptr);
    ~ChimePlayer() override;

    // Muted is the opposite of Preferences::soundsEnabled and is remembered with it.
    bool muted() const;
    void setMuted(bool muted);

    void play(Chime chime);
    // How often a chime was asked for, audible or not; for tests and the status line.
    int requests(Chime chime) const { return m_requests[std::size_t(chime)]; }

Q_SIGNALS:
    void chimed(sala::ChimePlayer::Chime chime, bool audible);
    void mutedChanged(bool muted);

private:
    QSoundEffect *effect(Chime chime);

    std::array<QSoundEffect *, 2> m_effects{};
    std::array<int, 2> m_requests{};
    bool m_audioChecked = false;
    bool m_audioAvailable = false;
};

} // namespace sala
