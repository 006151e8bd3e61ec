// gzip (zlib) and zstd inputs, decompressed as a stream: a stream buffer
// reads a chunk of compressed bytes, hands out what it decompresses, and
// holds no more than one chunk of each at a time ("streamed, never fully
// decompressed in memory").
#include <zlib.h>
#include <zstd.h>

#include <string>
#include <vector>

#include "ingest/formats.h"
#include "util/strings.h"

namespace casus::ingest {
namespace {

constexpr size_t kChunk = 1 << 16;

// What both decompressors share: the compressed input, the output buffer
// the stream reads from, and the error message they set.
class Unpacker : public std::streambuf {
 public:
  Unpacker(std::istream* in, std::string* error) : in_(in), error_(error), in_buf_(kChunk) {
    out_buf_.resize(kChunk);
  }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    size_t got = 0;
    while (got == 0 && !done_) got = Step();
    if (got == 0) return traits_type::eof();
    setg(out_buf_.data(), out_buf_.data(), out_buf_.data() + got);
    return traits_type::to_int_type(out_buf_[0]);
  }

  // Decompresses into out_buf_; returns the bytes written (0 with done_
  // set at the end or on an error).
  virtual size_t Step() = 0;

  // Refills in_buf_ when it is used up; false at the end of the input.
  bool Fill() {
    if (in_pos_ < in_len_) return true;
    in_->read(in_buf_.data(), std::streamsize(in_buf_.size()));
    in_len_ = size_t(in_->gcount());
    in_pos_ = 0;
    return in_len_ > 0;
  }
  void Fail(std::string why) {
    if (error_->empty()) *error_ = std::move(why);
    done_ = true;
  }

  std::istream* in_;
  std::string* error_;
  std::vector<char> in_buf_;
  std::string out_buf_;
  size_t in_pos_ = 0, in_len_ = 0;
  bool done_ = false;
};

class GzipUnpacker : public Unpacker {
 public:
  GzipUnpacker(std::istream* in, std::string* error) : Unpacker(in, error) {
    // 15 + 32: a gzip or zlib header, detected.
    if (inflateInit2(&z_, 15 + 32) != Z_OK) Fail("gzip: cannot initialise zlib");
  }
  ~GzipUnpacker() override { inflateEnd(&z_); }

 protected:
  size_t Step() override {
    bool more = Fill();
    if (!more && !full_) {
      // The input ended inside a member (or before any): cut short.
      if (in_member_ || !seen_) Fail("truncated gzip data");
      done_ = true;
      return 0;
    }
    z_.next_in = reinterpret_cast<Bytef*>(in_buf_.data() + in_pos_);
    z_.avail_in = uInt(more ? in_len_ - in_pos_ : 0);
    z_.next_out = reinterpret_cast<Bytef*>(out_buf_.data());
    z_.avail_out = uInt(out_buf_.size());
    if (more) in_member_ = seen_ = true;
    int r = inflate(&z_, Z_NO_FLUSH);
    in_pos_ = in_len_ - z_.avail_in;
    size_t got = out_buf_.size() - z_.avail_out;
    full_ = z_.avail_out == 0;  // more output may be pending without input
    if (r == Z_BUF_ERROR && !more) {
      if (in_member_) Fail("truncated gzip data");
      done_ = true;
    } else if (r == Z_STREAM_END) {
      // Concatenated members (gzip a b > ab.gz) read as one stream.
      in_member_ = false;
      inflateReset(&z_);
    } else if (r != Z_OK && r != Z_BUF_ERROR) {
      Fail(std::string("corrupt gzip data") + (z_.msg ? std::string(" (") + z_.msg + ")" : ""));
    }
    return got;
  }

 private:
  z_stream z_{};
  bool in_member_ = false, seen_ = false, full_ = false;
};

class ZstdUnpacker : public Unpacker {
 public:
  ZstdUnpacker(std::istream* in, std::string* error) : Unpacker(in, error) {
    z_ = ZSTD_createDStream();
    if (!z_) Fail("zstd: cannot allocate a decompression stream");
    // Frames that ask for a window over 128 MiB are refused (memory bound).
    if (z_) ZSTD_DCtx_setParameter(z_, ZSTD_d_windowLogMax, 27);
  }
  ~ZstdUnpacker() override { ZSTD_freeDStream(z_); }

 protected:
  size_t Step() override {
    bool more = Fill();
    if (!more && !full_) {
      if (last_ != 0) Fail("truncated zstd data");
      done_ = true;
      return 0;
    }
    ZSTD_inBuffer in{in_buf_.data() + in_pos_, more ? in_len_ - in_pos_ : 0, 0};
    ZSTD_outBuffer out{out_buf_.data(), out_buf_.size(), 0};
    last_ = ZSTD_decompressStream(z_, &out, &in);
    in_pos_ += in.pos;
    full_ = out.pos == out.size;  // more output may be pending without input
    if (ZSTD_isError(last_))
      Fail(std::string("corrupt zstd data (") + ZSTD_getErrorName(last_) + ")");
    return out.pos;
  }

 private:
  ZSTD_DStream* z_ = nullptr;
  size_t last_ = 1;  // 0 once a frame is complete; a hint > 0 inside one
  bool full_ = false;
};

}  // namespace

Compression SniffCompression(std::string_view head) {
  if (StartsWith(head, "\x1f\x8b")) return Compression::kGzip;
  if (StartsWith(head, "\x28\xb5\x2f\xfd")) return Compression::kZstd;
  return Compression::kNone;
}

const char* CompressionName(Compression c) {
  switch (c) {
    case Compression::kGzip:
      return "gzip";
    case Compression::kZstd:
      return "zstd";
    case Compression::kNone:
      break;
  }
  return "";
}

std::unique_ptr<std::streambuf> MakeDecompressor(Compression c, std::istream* in,
                                                 std::string* error) {
  if (c == Compression::kZstd) return std::make_unique<ZstdUnpacker>(in, error);
  return std::make_unique<GzipUnpacker>(in, error);
}

std::string StripCompressionSuffix(const std::string& name) {
  for (std::string_view ext : {".gz", ".zst", ".gzip", ".zstd"})
    if (EndsWith(name, ext) && name.size() > ext.size())
      return name.substr(0, name.size() - ext.size());
  return name;
}

}  // namespace casus::ingest
