#include "groups/galoisfield.h"

#include <cstddef>

namespace sala {
namespace {

constexpr int largestTabulated = 1024;

using Polynomial = std::vector<int>; // coefficients, lowest degree first, over GF(p)

// Element number ↔ polynomial of degree below k, digits in base p.
Polynomial digits(int value, int prime, int length)
{
    Polynomial result(std::size_t(length), 0);
    for (int i = 0; i < length; ++i) {
        result[std::size_t(i)] = value % prime;
        value /= prime;
    }
    return result;
}

int number(const Polynomial &polynomial, int prime)
{
    int value = 0;
    for (std::size_t i = polynomial.size(); i-- > 0;)
        value = value * prime + polynomial[i];
    return value;
}

// The remainder of a by the monic polynomial m, over GF(p).
Polynomial remainder(Polynomial a, const Polynomial &m, int prime)
{
    const std::size_t degree = m.size() - 1;
    while (a.size() > degree) {
        const int lead = a.back();
        if (lead != 0) {
            const std::size_t shift = a.size() - 1 - degree;
            for (std::size_t i = 0; i < m.size(); ++i)
                a[shift + i] = ((a[shift + i] - lead * m[i]) % prime + prime) % prime;
        }
        a.pop_back();
    }
    return a;
}

bool isZero(const Polynomial &a)
{
    for (int c : a)
        if (c != 0)
            return false;
    return true;
}

// A monic polynomial of degree k over GF(p) with no monic factor of degree 1..k/2: found by
// trying them in order, which takes microseconds for the fields a workshop needs.
Polynomial irreducible(int prime, int degree)
{
    int candidates = 1;
    for (int i = 0; i < degree; ++i)
        candidates *= prime;
    for (int low = 0; low < candidates; ++low) {
        Polynomial candidate = digits(low, prime, degree);
        candidate.push_back(1);
        bool reducible = false;
        for (int factorDegree = 1; !reducible && factorDegree * 2 <= degree; ++factorDegree) {
            int factors = 1;
            for (int i = 0; i < factorDegree; ++i)
                factors *= prime;
            for (int f = 0; !reducible && f < factors; ++f) {
                Polynomial factor = digits(f, prime, factorDegree);
                factor.push_back(1);
                reducible = isZero(remainder(candidate, factor, prime));
            }
        }
        if (!reducible)
            return candidate;
    }
    return {};
}

} // namespace

bool isPrimePower(int q, int *prime, int *exponent)
{
    if (q < 2)
        return false;
    int p = 2;
    while (p * p <= q && q % p != 0)
        ++p;
    if (q % p != 0)
        p = q;
    int k = 0;
    int rest = q;
    while (rest % p == 0) {
        rest /= p;
        ++k;
    }
    if (rest != 1)
        return false;
    if (prime)
        *prime = p;
    if (exponent)
        *exponent = k;
    return true;
}

std::optional<GaloisField> GaloisField::make(int q)
{
    int prime = 0;
    int degree = 0;
    if (q > largestTabulated || !isPrimePower(q, &prime, &degree))
        return std::nullopt;
    const Polynomial modulus = degree == 1 ? Polynomial{0, 1} : irreducible(prime, degree);
    if (modulus.empty())
        return std::nullopt;
    GaloisField field;
    field.m_order = q;
    const std::size_t size = std::size_t(q) * std::size_t(q);
    field.m_add.resize(size);
    field.m_multiply.resize(size);
    field.m_negate.resize(static_cast<std::size_t>(q));
    for (int a = 0; a < q; ++a) {
        const Polynomial pa = digits(a, prime, degree);
        Polynomial negated(pa.size());
        for (std::size_t i = 0; i < pa.size(); ++i)
            negated[i] = (prime - pa[i]) % prime;
        field.m_negate[std::size_t(a)] = number(negated, prime);
        for (int b = 0; b < q; ++b) {
            const Polynomial pb = digits(b, prime, degree);
            Polynomial sum(pa.size());
            for (std::size_t i = 0; i < pa.size(); ++i)
                sum[i] = (pa[i] + pb[i]) % prime;
            Polynomial product(std::size_t(2 * degree), 0);
            for (std::size_t i = 0; i < pa.size(); ++i)
                for (std::size_t j = 0; j < pb.size(); ++j)
                    product[i + j] = (product[i + j] + pa[i] * pb[j]) % prime;
            const std::size_t at = std::size_t(a) * std::size_t(q) + std::size_t(b);
            field.m_add[at] = number(sum, prime);
            field.m_multiply[at] = number(remainder(product, modulus, prime), prime);
        }
    }
    return field;
}

} // namespace sala
