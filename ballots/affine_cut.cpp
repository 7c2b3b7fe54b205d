#include "affine_cut.hpp"

#include <climits>
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace hx::scan {

namespace {

// OpenCV's constants (imgproc.hpp, imgwarp.cpp): coordinates in 1/1024 px,
// sampled in 1/32 px; the four weights of a 1/32 px position sum to 32 × 32.
constexpr int kAbBits = 10, kAbScale = 1 << kAbBits, kInterBits = 5, kTab = 1 << kInterBits;
constexpr int kRoundDelta = kAbScale / kTab / 2, kHalf = 1 << (2 * kInterBits - 1);

struct Source {
    const cv::Mat& grey;
    int border;

    int at(int x, int y) const { return x >= 0 && y >= 0 && x < grey.cols && y < grey.rows ? grey.at<uchar>(y, x) : border; }

    // X, Y in 1/32 px: v0 (32 − fx)(32 − fy) + v1 fx (32 − fy) + v2 (32 − fx) fy + v3 fx fy, rounded, / 1024.
    uchar sample(int X, int Y) const
    {
        const int sx = X >> kInterBits, sy = Y >> kInterBits, fx = X & (kTab - 1), fy = Y & (kTab - 1);
        const int v0 = at(sx, sy), v1 = at(sx + 1, sy), v2 = at(sx, sy + 1), v3 = at(sx + 1, sy + 1);
        const int top = v0 * kTab + (v1 - v0) * fx, bottom = v2 * kTab + (v3 - v2) * fx;
        return static_cast<uchar>((top * kTab + (bottom - top) * fy + kHalf) >> (2 * kInterBits));
    }
};

#if defined(__SSE2__)
template <int... I>
__m128i pairsAt(const uchar* p, const int* offset, std::integer_sequence<int, I...>)
{
    __m128i v = _mm_setzero_si128();
    uint16_t pair = 0;
    ((std::memcpy(&pair, p + offset[I], 2), v = _mm_insert_epi16(v, pair, I)), ...);
    return v;
}

// Eight pixels from x on, their coordinates X, Y (1/32 px) as x0 + dx, y0 + dy: the same sums
// eight at a time, when all four neighbours of all eight lie on the page (else false).
bool sampleEight(const cv::Mat& grey, __m128i x0, __m128i y0, const int* dx, const int* dy, uchar* out)
{
    const auto load = [](const int* p) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p)); };
    const int shift = kAbBits - kInterBits;
    const __m128i xa = _mm_srai_epi32(_mm_add_epi32(x0, load(dx)), shift), xb = _mm_srai_epi32(_mm_add_epi32(x0, load(dx + 4)), shift);
    const __m128i ya = _mm_srai_epi32(_mm_add_epi32(y0, load(dy)), shift), yb = _mm_srai_epi32(_mm_add_epi32(y0, load(dy + 4)), shift);
    const __m128i sx = _mm_packs_epi32(_mm_srai_epi32(xa, kInterBits), _mm_srai_epi32(xb, kInterBits));
    const __m128i sy = _mm_packs_epi32(_mm_srai_epi32(ya, kInterBits), _mm_srai_epi32(yb, kInterBits));
    const __m128i none = _mm_set1_epi16(-1);
    const __m128i ok = _mm_and_si128(_mm_and_si128(_mm_cmpgt_epi16(sx, none), _mm_cmplt_epi16(sx, _mm_set1_epi16(static_cast<short>(grey.cols - 1)))),
                                     _mm_and_si128(_mm_cmpgt_epi16(sy, none), _mm_cmplt_epi16(sy, _mm_set1_epi16(static_cast<short>(grey.rows - 1)))));
    if (_mm_movemask_epi8(ok) != 0xffff)
        return false;
    // Offsets sx + sy × step (pairs (sx, sy) times (1, step)), then the two bytes at each and a row below.
    const __m128i strides = _mm_set1_epi32(1 | static_cast<int>(grey.step[0] << 16));
    alignas(16) int offset[8];
    _mm_store_si128(reinterpret_cast<__m128i*>(offset), _mm_madd_epi16(_mm_unpacklo_epi16(sx, sy), strides));
    _mm_store_si128(reinterpret_cast<__m128i*>(offset + 4), _mm_madd_epi16(_mm_unpackhi_epi16(sx, sy), strides));
    const __m128i upper = pairsAt(grey.data, offset, std::make_integer_sequence<int, 8>());
    const __m128i lower = pairsAt(grey.data + grey.step[0], offset, std::make_integer_sequence<int, 8>());
    const __m128i fraction = _mm_set1_epi32(kTab - 1), bytes = _mm_set1_epi16(0xff), tab = _mm_set1_epi16(kTab);
    const __m128i fx = _mm_packs_epi32(_mm_and_si128(xa, fraction), _mm_and_si128(xb, fraction));
    const __m128i fy = _mm_packs_epi32(_mm_and_si128(ya, fraction), _mm_and_si128(yb, fraction));
    const __m128i v0 = _mm_and_si128(upper, bytes), v1 = _mm_srli_epi16(upper, 8), v2 = _mm_and_si128(lower, bytes), v3 = _mm_srli_epi16(lower, 8);
    const __m128i top = _mm_add_epi16(_mm_slli_epi16(v0, kInterBits), _mm_mullo_epi16(_mm_sub_epi16(v1, v0), fx));
    const __m128i bottom = _mm_add_epi16(_mm_slli_epi16(v2, kInterBits), _mm_mullo_epi16(_mm_sub_epi16(v3, v2), fx));
    // top × 32 + (bottom − top) × fy in 32 bits: pairs (top, bottom − top) times (32, fy).
    const __m128i diff = _mm_sub_epi16(bottom, top), half = _mm_set1_epi32(kHalf);
    const __m128i lo = _mm_srai_epi32(_mm_add_epi32(_mm_madd_epi16(_mm_unpacklo_epi16(top, diff), _mm_unpacklo_epi16(tab, fy)), half), 2 * kInterBits);
    const __m128i hi = _mm_srai_epi32(_mm_add_epi32(_mm_madd_epi16(_mm_unpackhi_epi16(top, diff), _mm_unpackhi_epi16(tab, fy)), half), 2 * kInterBits);
    const __m128i packed = _mm_packs_epi32(lo, hi);
    _mm_storel_epi64(reinterpret_cast<__m128i*>(out), _mm_packus_epi16(packed, packed));
    return true;
}
#endif

} // namespace

cv::Mat affineCut(const cv::Mat& grey, const cv::Matx23d& toSource, cv::Size size, uchar border)
{
    // Below 2^15 px a side, as OpenCV asks: its source coordinates are shorts.
    CV_Assert(grey.type() == CV_8UC1 && grey.cols < SHRT_MAX && grey.rows < SHRT_MAX);
    cv::Mat out(size, CV_8UC1);
    const size_t width = static_cast<size_t>(size.width);
    std::vector<int> dx(width), dy(width);
    for (size_t x = 0; x < width; ++x) {
        dx[x] = cv::saturate_cast<int>(toSource(0, 0) * static_cast<double>(x) * kAbScale);
        dy[x] = cv::saturate_cast<int>(toSource(1, 0) * static_cast<double>(x) * kAbScale);
    }
    const Source source{grey, border};
    for (int y = 0; y < size.height; ++y) {
        const int x0 = cv::saturate_cast<int>((toSource(0, 1) * y + toSource(0, 2)) * kAbScale) + kRoundDelta;
        const int y0 = cv::saturate_cast<int>((toSource(1, 1) * y + toSource(1, 2)) * kAbScale) + kRoundDelta;
        uchar* row = out.ptr<uchar>(y);
        size_t x = 0;
#if defined(__SSE2__)
        if (grey.step[0] < SHRT_MAX)
            while (x + 8 <= width && sampleEight(grey, _mm_set1_epi32(x0), _mm_set1_epi32(y0), &dx[x], &dy[x], row + x))
                x += 8;
#endif
        for (; x < width; ++x)
            row[x] = source.sample((x0 + dx[x]) >> (kAbBits - kInterBits), (y0 + dy[x]) >> (kAbBits - kInterBits));
    }
    return out;
}

} // namespace hx::scan
