#pragma once
// Arithmetic in the finite field GF(q) for a prime power q, with elements numbered 0..q-1 (the
// coefficients of a polynomial over GF(p), written in base p). Affine planes are built on it.

#include <optional>
#include <vector>

namespace sala {

class GaloisField final {
public:
    // The field of order q, or nothing when q is not a prime power (or is too large to tabulate).
    static std::optional<GaloisField> make(int q);

    int order() const { return m_order; }
    int add(int a, int b) const { return m_add[std::size_t(a) * std::size_t(m_order) + std::size_t(b)]; }
    int multiply(int a, int b) const { return m_multiply[std::size_t(a) * std::size_t(m_order) + std::size_t(b)]; }
    int negate(int a) const { return m_negate[std::size_t(a)]; }
    int subtract(int a, int b) const { return add(a, negate(b)); }

private:
    GaloisField() = default;
    int m_order = 0;
    std::vector<int> m_add;
    std::vector<int> m_multiply;
    std::vector<int> m_negate;
};

// Whether q = p^k for a prime p and k ≥ 1; sets prime and exponent when it is.
bool isPrimePower(int q, int *prime = nullptr, int *exponent = nullptr);

} // namespace sala
