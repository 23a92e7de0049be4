;; Bulk fill loops of SeedLab's bit generators and its distribution kernels (see the second half),
;; in WebAssembly for native 64-bit integer math.
;; Integer-to-double conversions are the signed ones: every value converted is below 2**53 (2**27
;; for MT19937), so they are exact, and on x86-64 they are one instruction where unsigned ones branch.
;; Each generator's state is copied into linear memory by its TypeScript class, the loop writes
;; up to CHUNK values at OUT, and the class copies the values and the state back out. The
;; algorithms are exactly those of the TypeScript classes (and NumPy): see pcg64.ts, mt19937.ts.
(module
  (memory (export "memory") 5)
  ;; layout: 0..31 PCG state (hi, lo, inc_hi, inc_lo as i64); 4096.. MT19937 key (624 x i32);
  ;; 67584.. output (CHUNK = 8192 values of 8 bytes); 135168.. ziggurat tables (6 x 256 x 8);
  ;; 147456.. log tables and constants; 151552.. gauss_pairs' pending pairs (4096 i32 at 151552,
  ;; 4096 f64 at 167936); 247808.. DST, the distribution kernels' output (CHUNK values of 8 bytes)
  (global $OUT i32 (i32.const 67584))
  (global $MT i32 (i32.const 4096))
  (global $mtpos (export "mtpos") (mut i32) (i32.const 624))

  ;; high 64 bits of the unsigned 128-bit product a*b
  (func $mulhi (param $a i64) (param $b i64) (result i64)
    (local $a0 i64) (local $a1 i64) (local $b0 i64) (local $b1 i64) (local $p01 i64) (local $p10 i64) (local $mid i64)
    (local.set $a0 (i64.and (local.get $a) (i64.const 0xffffffff)))
    (local.set $a1 (i64.shr_u (local.get $a) (i64.const 32)))
    (local.set $b0 (i64.and (local.get $b) (i64.const 0xffffffff)))
    (local.set $b1 (i64.shr_u (local.get $b) (i64.const 32)))
    (local.set $p01 (i64.mul (local.get $a0) (local.get $b1)))
    (local.set $p10 (i64.mul (local.get $a1) (local.get $b0)))
    (local.set $mid
      (i64.add
        (i64.add (i64.shr_u (i64.mul (local.get $a0) (local.get $b0)) (i64.const 32))
                 (i64.and (local.get $p01) (i64.const 0xffffffff)))
        (i64.and (local.get $p10) (i64.const 0xffffffff))))
    (i64.add
      (i64.add (i64.add (i64.mul (local.get $a1) (local.get $b1)) (i64.shr_u (local.get $p01) (i64.const 32)))
               (i64.shr_u (local.get $p10) (i64.const 32)))
      (i64.shr_u (local.get $mid) (i64.const 32))))

;; PCG64 and PCG64DXSM fill loops: see the "{G}_fill" template below.

  ;; Philox4x64-10: `n` whole blocks. Counter (4 i64) at 0, key (2 i64) at 32; each block bumps the
  ;; counter and writes its 4 outputs (raw or doubles by mode); the last block's raw outputs are
  ;; left at 48..79 for the class's buffer.
  (func (export "philox_fill") (param $n i32) (param $mode i32)
    (local $c0 i64) (local $c1 i64) (local $c2 i64) (local $c3 i64) (local $k0 i64) (local $k1 i64)
    (local $x0 i64) (local $x1 i64) (local $x2 i64) (local $x3 i64) (local $h0 i64) (local $h1 i64)
    (local $l0 i64) (local $l1 i64) (local $r i32) (local $p i32) (local $end i32)
    (local.set $c0 (i64.load (i32.const 0)))
    (local.set $c1 (i64.load (i32.const 8)))
    (local.set $c2 (i64.load (i32.const 16)))
    (local.set $c3 (i64.load (i32.const 24)))
    (local.set $p (global.get $OUT))
    (local.set $end (i32.add (global.get $OUT) (i32.shl (local.get $n) (i32.const 5))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $c0 (i64.add (local.get $c0) (i64.const 1)))
        (if (i64.eqz (local.get $c0))
          (then
            (local.set $c1 (i64.add (local.get $c1) (i64.const 1)))
            (if (i64.eqz (local.get $c1))
              (then
                (local.set $c2 (i64.add (local.get $c2) (i64.const 1)))
                (if (i64.eqz (local.get $c2))
                  (then (local.set $c3 (i64.add (local.get $c3) (i64.const 1)))))))))
        (local.set $x0 (local.get $c0)) (local.set $x1 (local.get $c1))
        (local.set $x2 (local.get $c2)) (local.set $x3 (local.get $c3))
        (local.set $k0 (i64.load (i32.const 32)))
        (local.set $k1 (i64.load (i32.const 40)))
        (local.set $r (i32.const 0))
        (loop $round
          (if (local.get $r)
            (then
              (local.set $k0 (i64.add (local.get $k0) (i64.const 0x9e3779b97f4a7c15)))
              (local.set $k1 (i64.add (local.get $k1) (i64.const 0xbb67ae8584caa73b)))))
          (local.set $l0 (i64.mul (local.get $x0) (i64.const 0xd2e7470ee14c6c93)))
          (local.set $h0 (call $mulhi (i64.const 0xd2e7470ee14c6c93) (local.get $x0)))
          (local.set $l1 (i64.mul (local.get $x2) (i64.const 0xca5a826395121157)))
          (local.set $h1 (call $mulhi (i64.const 0xca5a826395121157) (local.get $x2)))
          (local.set $x0 (i64.xor (i64.xor (local.get $h1) (local.get $x1)) (local.get $k0)))
          (local.set $x2 (i64.xor (i64.xor (local.get $h0) (local.get $x3)) (local.get $k1)))
          (local.set $x1 (local.get $l1))
          (local.set $x3 (local.get $l0))
          (local.set $r (i32.add (local.get $r) (i32.const 1)))
          (br_if $round (i32.lt_u (local.get $r) (i32.const 10))))
        (if (local.get $mode)
          (then
            (f64.store (local.get $p) (f64.mul (f64.convert_i64_s (i64.shr_u (local.get $x0) (i64.const 11))) (f64.const 0x1p-53)))
            (f64.store offset=8 (local.get $p) (f64.mul (f64.convert_i64_s (i64.shr_u (local.get $x1) (i64.const 11))) (f64.const 0x1p-53)))
            (f64.store offset=16 (local.get $p) (f64.mul (f64.convert_i64_s (i64.shr_u (local.get $x2) (i64.const 11))) (f64.const 0x1p-53)))
            (f64.store offset=24 (local.get $p) (f64.mul (f64.convert_i64_s (i64.shr_u (local.get $x3) (i64.const 11))) (f64.const 0x1p-53))))
          (else
            (i64.store (local.get $p) (local.get $x0))
            (i64.store offset=8 (local.get $p) (local.get $x1))
            (i64.store offset=16 (local.get $p) (local.get $x2))
            (i64.store offset=24 (local.get $p) (local.get $x3))))
        (local.set $p (i32.add (local.get $p) (i32.const 32)))
        (br $next)))
    (i64.store (i32.const 0) (local.get $c0))
    (i64.store (i32.const 8) (local.get $c1))
    (i64.store (i32.const 16) (local.get $c2))
    (i64.store (i32.const 24) (local.get $c3))
    (i64.store (i32.const 48) (local.get $x0))
    (i64.store (i32.const 56) (local.get $x1))
    (i64.store (i32.const 64) (local.get $x2))
    (i64.store (i32.const 72) (local.get $x3)))

;; SFC64: tmp = a + b + w; w += 1; a = b ^ (b >> 11); b = c + (c << 3); c = rotl(c, 24) + tmp.
  ;; State a, b, c, w as little-endian i64s at 0, 8, 16, 24; mode as for PCG64.
  (func (export "sfc64_fill") (param $n i32) (param $mode i32)
    (local $a i64) (local $b i64) (local $c i64) (local $w i64) (local $t i64) (local $p i32) (local $end i32)
    (local.set $a (i64.load (i32.const 0)))
    (local.set $b (i64.load (i32.const 8)))
    (local.set $c (i64.load (i32.const 16)))
    (local.set $w (i64.load (i32.const 24)))
    (local.set $p (global.get $OUT))
    (local.set $end (i32.add (global.get $OUT) (i32.shl (local.get $n) (i32.const 3))))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $t (i64.add (i64.add (local.get $a) (local.get $b)) (local.get $w)))
        (local.set $w (i64.add (local.get $w) (i64.const 1)))
        (local.set $a (i64.xor (local.get $b) (i64.shr_u (local.get $b) (i64.const 11))))
        (local.set $b (i64.add (local.get $c) (i64.shl (local.get $c) (i64.const 3))))
        (local.set $c (i64.add (i64.rotl (local.get $c) (i64.const 24)) (local.get $t)))
        (if (local.get $mode)
          (then (f64.store (local.get $p) (f64.mul (f64.convert_i64_s (i64.shr_u (local.get $t) (i64.const 11))) (f64.const 0x1p-53))))
          (else (i64.store (local.get $p) (local.get $t))))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    (i64.store (i32.const 0) (local.get $a))
    (i64.store (i32.const 8) (local.get $b))
    (i64.store (i32.const 16) (local.get $c))
    (i64.store (i32.const 24) (local.get $w)))

;; MT19937: regenerate all 624 words (mt19937_gen). Word k becomes
  ;; mt[k + 397 mod 624] ^ (y >> 1) ^ (0x9908b0df if y is odd), y = mt[k]'s top bit with mt[k + 1]'s
  ;; low 31 (mt[0]'s for k = 623). Four words at a time where all four read words not yet rewritten
  ;; (k + 1 .. k + 4) and words rewritten at least four steps before (k - 227 ..): k in 0..223 and
  ;; 227..622 in SIMD, 224..226 and 623 one by one. Lane operations are the scalar ones.
  (func $mtgen
    (local $k i32) (local $y i32) (local $a i32) (local $v v128)
    (local.set $k (i32.const 0))
    (loop $l
      (local.set $a (i32.add (global.get $MT) (i32.shl (local.get $k) (i32.const 2))))
      (local.set $v (v128.or (v128.and (v128.load align=4 (local.get $a)) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))
                             (v128.and (v128.load offset=4 align=4 (local.get $a)) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))))
      (v128.store align=4 (local.get $a)
        (v128.xor (v128.xor (v128.load offset=1588 align=4 (local.get $a)) (i32x4.shr_u (local.get $v) (i32.const 1)))
                  (v128.and (i32x4.neg (v128.and (local.get $v) (v128.const i32x4 1 1 1 1))) (v128.const i32x4 0x9908b0df 0x9908b0df 0x9908b0df 0x9908b0df))))
      (local.set $k (i32.add (local.get $k) (i32.const 4)))
      (br_if $l (i32.lt_u (local.get $k) (i32.const 224))))
    (loop $l1
      (local.set $a (i32.add (global.get $MT) (i32.shl (local.get $k) (i32.const 2))))
      (local.set $y (i32.or (i32.and (i32.load (local.get $a)) (i32.const 0x80000000))
                            (i32.and (i32.load offset=4 (local.get $a)) (i32.const 0x7fffffff))))
      (i32.store (local.get $a)
        (i32.xor (i32.xor (i32.load offset=1588 (local.get $a)) (i32.shr_u (local.get $y) (i32.const 1)))
                 (i32.and (i32.sub (i32.const 0) (i32.and (local.get $y) (i32.const 1))) (i32.const 0x9908b0df))))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br_if $l1 (i32.lt_u (local.get $k) (i32.const 227))))
    (loop $l2
      (local.set $a (i32.add (global.get $MT) (i32.shl (local.get $k) (i32.const 2))))
      (local.set $v (v128.or (v128.and (v128.load align=4 (local.get $a)) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))
                             (v128.and (v128.load offset=4 align=4 (local.get $a)) (v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff))))
      (v128.store align=4 (local.get $a)
        (v128.xor (v128.xor (v128.load align=4 (i32.sub (local.get $a) (i32.const 908))) (i32x4.shr_u (local.get $v) (i32.const 1)))
                  (v128.and (i32x4.neg (v128.and (local.get $v) (v128.const i32x4 1 1 1 1))) (v128.const i32x4 0x9908b0df 0x9908b0df 0x9908b0df 0x9908b0df))))
      (local.set $k (i32.add (local.get $k) (i32.const 4)))
      (br_if $l2 (i32.lt_u (local.get $k) (i32.const 623))))
    (local.set $a (i32.add (global.get $MT) (i32.const 2492)))
    (local.set $y (i32.or (i32.and (i32.load (local.get $a)) (i32.const 0x80000000))
                          (i32.and (i32.load (global.get $MT)) (i32.const 0x7fffffff))))
    (i32.store (local.get $a)
      (i32.xor (i32.xor (i32.load offset=1584 (global.get $MT)) (i32.shr_u (local.get $y) (i32.const 1)))
               (i32.and (i32.sub (i32.const 0) (i32.and (local.get $y) (i32.const 1))) (i32.const 0x9908b0df))))
    (global.set $mtpos (i32.const 0)))

  ;; MT19937 next32 with tempering.
  (func $mtnext (result i32)
    (local $y i32)
    (if (i32.ge_u (global.get $mtpos) (i32.const 624)) (then (call $mtgen)))
    (local.set $y (i32.load (i32.add (global.get $MT) (i32.shl (global.get $mtpos) (i32.const 2)))))
    (global.set $mtpos (i32.add (global.get $mtpos) (i32.const 1)))
    (local.set $y (i32.xor (local.get $y) (i32.shr_u (local.get $y) (i32.const 11))))
    (local.set $y (i32.xor (local.get $y) (i32.and (i32.shl (local.get $y) (i32.const 7)) (i32.const 0x9d2c5680))))
    (local.set $y (i32.xor (local.get $y) (i32.and (i32.shl (local.get $y) (i32.const 15)) (i32.const 0xefc60000))))
    (i32.xor (local.get $y) (i32.shr_u (local.get $y) (i32.const 18))))

;; mode 0: raw outputs (one 32-bit word each, stored as u64); mode 1: next_double (27 + 26 bits).
  ;; next32 is inlined for the doubles (V8 does not inline wasm calls).
  (func (export "mt19937_fill") (param $n i32) (param $mode i32)
    (local $p i32) (local $end i32) (local $a i32) (local $b i32) (local $pos i32) (local $v v128)
    (local.set $p (global.get $OUT))
    (local.set $end (i32.add (global.get $OUT) (i32.shl (local.get $n) (i32.const 3))))
    (if (i32.eqz (local.get $mode))
      (then
        (block $rdone
          (loop $rnext
            (br_if $rdone (i32.ge_u (local.get $p) (local.get $end)))
            (i64.store (local.get $p) (i64.extend_i32_u (call $mtnext)))
            (local.set $p (i32.add (local.get $p) (i32.const 8)))
            (br $rnext)))
        (return)))
    (local.set $pos (global.get $mtpos))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        ;; Fast path: two doubles from four key words, tempered as one SIMD vector. The lanes are
        ;; IEEE double operations like the scalar ones, so the values are bit-identical.
        (if (i32.and (i32.le_u (local.get $pos) (i32.const 620))
                     (i32.le_u (i32.add (local.get $p) (i32.const 16)) (local.get $end)))
          (then
            (local.set $v (v128.load align=4 (i32.add (global.get $MT) (i32.shl (local.get $pos) (i32.const 2)))))
            (local.set $v (v128.xor (local.get $v) (i32x4.shr_u (local.get $v) (i32.const 11))))
            (local.set $v (v128.xor (local.get $v)
              (v128.and (i32x4.shl (local.get $v) (i32.const 7)) (v128.const i32x4 0x9d2c5680 0x9d2c5680 0x9d2c5680 0x9d2c5680))))
            (local.set $v (v128.xor (local.get $v)
              (v128.and (i32x4.shl (local.get $v) (i32.const 15)) (v128.const i32x4 0xefc60000 0xefc60000 0xefc60000 0xefc60000))))
            (local.set $v (v128.xor (local.get $v) (i32x4.shr_u (local.get $v) (i32.const 18))))
            ;; v = [w0 >> 5, w2 >> 5, w1 >> 6, w3 >> 6]
            (local.set $v (i8x16.shuffle 0 1 2 3 8 9 10 11 20 21 22 23 28 29 30 31
              (i32x4.shr_u (local.get $v) (i32.const 5)) (i32x4.shr_u (local.get $v) (i32.const 6))))
            (v128.store align=8 (local.get $p)
              (f64x2.mul
                (f64x2.add
                  (f64x2.mul (f64x2.convert_low_i32x4_s (local.get $v)) (v128.const f64x2 67108864 67108864))
                  (f64x2.convert_low_i32x4_s (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $v) (local.get $v))))
                (v128.const f64x2 0x1p-53 0x1p-53)))
            (local.set $pos (i32.add (local.get $pos) (i32.const 4)))
            (local.set $p (i32.add (local.get $p) (i32.const 16)))
            (br $next)))
        (if (i32.ge_u (local.get $pos) (i32.const 624)) (then (call $mtgen) (local.set $pos (i32.const 0))))
        (local.set $a (i32.load (i32.add (global.get $MT) (i32.shl (local.get $pos) (i32.const 2)))))
        (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
        (if (i32.ge_u (local.get $pos) (i32.const 624)) (then (call $mtgen) (local.set $pos (i32.const 0))))
        (local.set $b (i32.load (i32.add (global.get $MT) (i32.shl (local.get $pos) (i32.const 2)))))
        (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
        (local.set $a (i32.xor (local.get $a) (i32.shr_u (local.get $a) (i32.const 11))))
        (local.set $a (i32.xor (local.get $a) (i32.and (i32.shl (local.get $a) (i32.const 7)) (i32.const 0x9d2c5680))))
        (local.set $a (i32.xor (local.get $a) (i32.and (i32.shl (local.get $a) (i32.const 15)) (i32.const 0xefc60000))))
        (local.set $a (i32.xor (local.get $a) (i32.shr_u (local.get $a) (i32.const 18))))
        (local.set $b (i32.xor (local.get $b) (i32.shr_u (local.get $b) (i32.const 11))))
        (local.set $b (i32.xor (local.get $b) (i32.and (i32.shl (local.get $b) (i32.const 7)) (i32.const 0x9d2c5680))))
        (local.set $b (i32.xor (local.get $b) (i32.and (i32.shl (local.get $b) (i32.const 15)) (i32.const 0xefc60000))))
        (local.set $b (i32.xor (local.get $b) (i32.shr_u (local.get $b) (i32.const 18))))
        (f64.store (local.get $p)
          (f64.mul
            (f64.add (f64.mul (f64.convert_i32_s (i32.shr_u (local.get $a) (i32.const 5))) (f64.const 67108864))
                     (f64.convert_i32_s (i32.shr_u (local.get $b) (i32.const 6))))
            (f64.const 0x1p-53)))
        (local.set $p (i32.add (local.get $p) (i32.const 8)))
        (br $next)))
    (global.set $mtpos (local.get $pos)))
;; ---------------------------------------------------------------------------------------------
  ;; Distribution kernels with the generator's step fused in. Written once as templates: build.mjs
  ;; copies each ";;@template" block per generator, {G} becoming the generator's name and a line
  ;; ";;@MACRO" that generator's ";;@def NAME MACRO" block: "next" leaves PCG's next raw output in
  ;; $x (stepping the state in $hi $lo with increment $ih $il, read from and written back to 0..31
  ;; as in the fill loops); "load" / "save" take and give back any generator's state, and "double"
  ;; leaves next_double in $d. The kernels draw exactly what one-at-a-time draws would.
  ;; NumPy's next32 half-buffer (has_uint32, uinteger) while a kernel runs
  (global $has32 (export "has32") (mut i32) (i32.const 0))
  (global $u32v (export "u32v") (mut i32) (i32.const 0))
  ;; why the last ziggurat call stopped early (see zig_exp, zig_norm), and what it left for libm
  (global $zstop (export "zstop") (mut i32) (i32.const 0))
  (global $zu (export "zu") (mut f64) (f64.const 0))
  (global $zx (export "zx") (mut f64) (f64.const 0))
  (global $zy (export "zy") (mut f64) (f64.const 0))
  ;; pending pairs of the last gauss_pairs call
  (global $np (export "np") (mut i32) (i32.const 0))

  ;; The ziggurat's wedge test "y < exp(z)" (z = -x or -x*x/2, in [-8, 0]), decided without libm
  ;; where that is sure: 1 keep, -1 reject, 0 too close to call (the caller asks the glibc-exact
  ;; exp). e below is exp(z) within a relative 1e-14: z = k ln2 + r with |r| <= 0.35 (k ln2 off by
  ;; under 3e-16), e^r by Taylor to degree 13 (truncation under 5e-18), about 30 roundings of
  ;; 2^-53. glibc's exp is within one ulp (2^-52 relative) of exp(z), so any y farther than
  ;; 2^-31 relative from e compares with glibc's value as it does with e.
  (func $wedgeTest (export "wedge_test") (param $y f64) (param $z f64) (result i32)
    (local $k f64) (local $r f64) (local $p f64) (local $e f64)
    (local.set $k (f64.nearest (f64.mul (local.get $z) (f64.const 1.4426950408889634))))
    (local.set $r (f64.sub (local.get $z) (f64.mul (local.get $k) (f64.const 0.6931471805599453))))
    (local.set $p (f64.add (f64.const 1) (f64.div (local.get $r) (f64.const 13))))
    (local.set $p (f64.add (f64.const 1) (f64.mul (f64.div (local.get $r) (f64.const 12)) (local.get $p))))
    (local.set $p (f64.add (f64.const 1) (f64.mul (f64.div (local.get $r) (f64.const 11)) (local.get $p))))
    (local.set $p (f64.add (f64.const 1) (f64.mul (f64.div (local.get $r) (f64.const 10)) (local.get $p))))
    (local.set $p (f64.add (f64.const 1) (f64.mul (f64.div (local.get $r) (f64.const 9)) (local.get $p))))
    (local.set $p (f64.add (f64.const 1) (f64.mul (f64.div (local.get $r) (f64.const 8)) (local.get $p))))
    (local.set $p (f64.add (f64.const 1) (f64.mul (f64.div (local.get $r) (f64.const 7)) (local.get $p))))
    (local.set $p (f64.add (f64.const 1) (f64.mul (f64.div (local.get $r) (f64.const 6)) (local.get $p))))
    (local.set $p (f64.add (f64.const 1) (f64.mul (f64.div (local.get $r) (f64.const 5)) (local.get $p))))
    (local.set $p (f64.add (f64.const 1) (f64.mul (f64.div (local.get $r) (f64.const 4)) (local.get $p))))
    (local.set $p (f64.add (f64.const 1) (f64.mul (f64.div (local.get $r) (f64.const 3)) (local.get $p))))
    (local.set $p (f64.add (f64.const 1) (f64.mul (f64.div (local.get $r) (f64.const 2)) (local.get $p))))
    (local.set $p (f64.add (f64.const 1) (f64.mul (local.get $r) (local.get $p))))
    ;; times 2^k (k in [-12, 0]: a normal power of two)
    (local.set $e (f64.mul (local.get $p)
      (f64.reinterpret_i64 (i64.shl (i64.add (i64.trunc_sat_f64_s (local.get $k)) (i64.const 1023)) (i64.const 52)))))
    (if (f64.lt (local.get $y) (f64.mul (local.get $e) (f64.const 0x1.fffffffcp-1))) (then (return (i32.const 1))))
    (if (f64.gt (local.get $y) (f64.mul (local.get $e) (f64.const 0x1.00000004p+0))) (then (return (i32.const -1))))
    (i32.const 0))
  ;; ziggurat tables at 135168: ki, wi, fi (normal), ke, we, fe (exponential), 256 x 8 bytes each,
  ;; addressed below as offset=table + 8 * idx.

;;@def pcg64 next
          ;; state = state * MULT + inc; the low product's halves give both the low word and the
          ;; high 64 bits of lo * MULT_lo (MULT_lo = 0x4385df64_9fccf645); output XSL-RR.
          (local.set $a0 (i64.and (local.get $lo) (i64.const 0xffffffff)))
          (local.set $a1 (i64.shr_u (local.get $lo) (i64.const 32)))
          (local.set $t (i64.mul (local.get $a0) (i64.const 0x9fccf645)))
          (local.set $u (i64.add (i64.mul (local.get $a1) (i64.const 0x9fccf645)) (i64.shr_u (local.get $t) (i64.const 32))))
          (local.set $v (i64.add (i64.mul (local.get $a0) (i64.const 0x4385df64)) (i64.and (local.get $u) (i64.const 0xffffffff))))
          (local.set $nl (i64.add (i64.mul (local.get $lo) (i64.const 0x4385df649fccf645)) (local.get $il)))
          (local.set $hi
            (i64.add
              (i64.add
                (i64.add (i64.add (i64.mul (local.get $a1) (i64.const 0x4385df64)) (i64.shr_u (local.get $u) (i64.const 32)))
                         (i64.shr_u (local.get $v) (i64.const 32)))
                (i64.mul (local.get $lo) (i64.const 0x2360ed051fc65da4)))
              (i64.add
                (i64.add (i64.mul (local.get $hi) (i64.const 0x4385df649fccf645)) (local.get $ih))
                (i64.extend_i32_u (i64.lt_u (local.get $nl) (local.get $il))))))
          (local.set $lo (local.get $nl))
          (local.set $x (i64.rotr (i64.xor (local.get $hi) (local.get $lo)) (i64.shr_u (local.get $hi) (i64.const 58))))
;;@end

;;@def pcg64dxsm next
          ;; DXSM output of the pre-step state, then state = state * CHEAP + inc (CHEAP = 0xda942042_e4dd58b5).
          (local.set $x (i64.xor (local.get $hi) (i64.shr_u (local.get $hi) (i64.const 32))))
          (local.set $x (i64.mul (local.get $x) (i64.const 0xda942042e4dd58b5)))
          (local.set $x (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 48))))
          (local.set $x (i64.mul (local.get $x) (i64.or (local.get $lo) (i64.const 1))))
          (local.set $a0 (i64.and (local.get $lo) (i64.const 0xffffffff)))
          (local.set $a1 (i64.shr_u (local.get $lo) (i64.const 32)))
          (local.set $t (i64.mul (local.get $a0) (i64.const 0xe4dd58b5)))
          (local.set $u (i64.add (i64.mul (local.get $a1) (i64.const 0xe4dd58b5)) (i64.shr_u (local.get $t) (i64.const 32))))
          (local.set $v (i64.add (i64.mul (local.get $a0) (i64.const 0xda942042)) (i64.and (local.get $u) (i64.const 0xffffffff))))
          (local.set $nl (i64.add (i64.mul (local.get $lo) (i64.const 0xda942042e4dd58b5)) (local.get $il)))
          (local.set $hi
            (i64.add
              (i64.add (i64.add (i64.mul (local.get $a1) (i64.const 0xda942042)) (i64.shr_u (local.get $u) (i64.const 32)))
                       (i64.shr_u (local.get $v) (i64.const 32)))
              (i64.add
                (i64.add (i64.mul (local.get $hi) (i64.const 0xda942042e4dd58b5)) (local.get $ih))
                (i64.extend_i32_u (i64.lt_u (local.get $nl) (local.get $il))))))
          (local.set $lo (local.get $nl))
;;@end

;;@def pcg64 load
    (local.set $hi (i64.load (i32.const 0)))
    (local.set $lo (i64.load (i32.const 8)))
    (local.set $ih (i64.load (i32.const 16)))
    (local.set $il (i64.load (i32.const 24)))
;;@end
;;@def pcg64dxsm load
    (local.set $hi (i64.load (i32.const 0)))
    (local.set $lo (i64.load (i32.const 8)))
    (local.set $ih (i64.load (i32.const 16)))
    (local.set $il (i64.load (i32.const 24)))
;;@end
;;@def mt19937 load
    (local.set $pos (global.get $mtpos))
;;@end
;;@def pcg64 save
    (i64.store (i32.const 0) (local.get $hi))
    (i64.store (i32.const 8) (local.get $lo))
;;@end
;;@def pcg64dxsm save
    (i64.store (i32.const 0) (local.get $hi))
    (i64.store (i32.const 8) (local.get $lo))
;;@end
;;@def mt19937 save
    (global.set $mtpos (local.get $pos))
;;@end
;;@def mt19937 next32
          ;; next32: the next key word, tempered, in $ya (the key is regenerated every 624 words)
          (if (i32.ge_u (local.get $pos) (i32.const 624)) (then (call $mtgen) (local.set $pos (i32.const 0))))
          (local.set $ya (i32.load (i32.add (global.get $MT) (i32.shl (local.get $pos) (i32.const 2)))))
          (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
          (local.set $ya (i32.xor (local.get $ya) (i32.shr_u (local.get $ya) (i32.const 11))))
          (local.set $ya (i32.xor (local.get $ya) (i32.and (i32.shl (local.get $ya) (i32.const 7)) (i32.const 0x9d2c5680))))
          (local.set $ya (i32.xor (local.get $ya) (i32.and (i32.shl (local.get $ya) (i32.const 15)) (i32.const 0xefc60000))))
          (local.set $ya (i32.xor (local.get $ya) (i32.shr_u (local.get $ya) (i32.const 18))))
;;@end
;;@def mt19937 double
          ;; next_double: (a >> 5) * 2^26 + (b >> 6) over 2^53 from two tempered words
          (if (i32.ge_u (local.get $pos) (i32.const 624)) (then (call $mtgen) (local.set $pos (i32.const 0))))
          (local.set $ya (i32.load (i32.add (global.get $MT) (i32.shl (local.get $pos) (i32.const 2)))))
          (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
          (if (i32.ge_u (local.get $pos) (i32.const 624)) (then (call $mtgen) (local.set $pos (i32.const 0))))
          (local.set $yb (i32.load (i32.add (global.get $MT) (i32.shl (local.get $pos) (i32.const 2)))))
          (local.set $pos (i32.add (local.get $pos) (i32.const 1)))
          (local.set $ya (i32.xor (local.get $ya) (i32.shr_u (local.get $ya) (i32.const 11))))
          (local.set $ya (i32.xor (local.get $ya) (i32.and (i32.shl (local.get $ya) (i32.const 7)) (i32.const 0x9d2c5680))))
          (local.set $ya (i32.xor (local.get $ya) (i32.and (i32.shl (local.get $ya) (i32.const 15)) (i32.const 0xefc60000))))
          (local.set $ya (i32.xor (local.get $ya) (i32.shr_u (local.get $ya) (i32.const 18))))
          (local.set $yb (i32.xor (local.get $yb) (i32.shr_u (local.get $yb) (i32.const 11))))
          (local.set $yb (i32.xor (local.get $yb) (i32.and (i32.shl (local.get $yb) (i32.const 7)) (i32.const 0x9d2c5680))))
          (local.set $yb (i32.xor (local.get $yb) (i32.and (i32.shl (local.get $yb) (i32.const 15)) (i32.const 0xefc60000))))
          (local.set $yb (i32.xor (local.get $yb) (i32.shr_u (local.get $yb) (i32.const 18))))
          (local.set $d (f64.mul
            (f64.add (f64.mul (f64.convert_i32_s (i32.shr_u (local.get $ya) (i32.const 5))) (f64.const 67108864))
                     (f64.convert_i32_s (i32.shr_u (local.get $yb) (i32.const 6))))
            (f64.const 0x1p-53)))
;;@end
;;@def pcg64 double
          ;; state = state * MULT + inc; the low product's halves give both the low word and the
          ;; high 64 bits of lo * MULT_lo (MULT_lo = 0x4385df64_9fccf645); output XSL-RR.
          (local.set $a0 (i64.and (local.get $lo) (i64.const 0xffffffff)))
          (local.set $a1 (i64.shr_u (local.get $lo) (i64.const 32)))
          (local.set $t (i64.mul (local.get $a0) (i64.const 0x9fccf645)))
          (local.set $u (i64.add (i64.mul (local.get $a1) (i64.const 0x9fccf645)) (i64.shr_u (local.get $t) (i64.const 32))))
          (local.set $v (i64.add (i64.mul (local.get $a0) (i64.const 0x4385df64)) (i64.and (local.get $u) (i64.const 0xffffffff))))
          (local.set $nl (i64.add (i64.mul (local.get $lo) (i64.const 0x4385df649fccf645)) (local.get $il)))
          (local.set $hi
            (i64.add
              (i64.add
                (i64.add (i64.add (i64.mul (local.get $a1) (i64.const 0x4385df64)) (i64.shr_u (local.get $u) (i64.const 32)))
                         (i64.shr_u (local.get $v) (i64.const 32)))
                (i64.mul (local.get $lo) (i64.const 0x2360ed051fc65da4)))
              (i64.add
                (i64.add (i64.mul (local.get $hi) (i64.const 0x4385df649fccf645)) (local.get $ih))
                (i64.extend_i32_u (i64.lt_u (local.get $nl) (local.get $il))))))
          (local.set $lo (local.get $nl))
          (local.set $x (i64.rotr (i64.xor (local.get $hi) (local.get $lo)) (i64.shr_u (local.get $hi) (i64.const 58))))
          (local.set $d (f64.mul (f64.convert_i64_s (i64.shr_u (local.get $x) (i64.const 11))) (f64.const 0x1p-53)))
;;@end
;;@def pcg64dxsm double
          ;; DXSM output of the pre-step state, then state = state * CHEAP + inc (CHEAP = 0xda942042_e4dd58b5).
          (local.set $x (i64.xor (local.get $hi) (i64.shr_u (local.get $hi) (i64.const 32))))
          (local.set $x (i64.mul (local.get $x) (i64.const 0xda942042e4dd58b5)))
          (local.set $x (i64.xor (local.get $x) (i64.shr_u (local.get $x) (i64.const 48))))
          (local.set $x (i64.mul (local.get $x) (i64.or (local.get $lo) (i64.const 1))))
          (local.set $a0 (i64.and (local.get $lo) (i64.const 0xffffffff)))
          (local.set $a1 (i64.shr_u (local.get $lo) (i64.const 32)))
          (local.set $t (i64.mul (local.get $a0) (i64.const 0xe4dd58b5)))
          (local.set $u (i64.add (i64.mul (local.get $a1) (i64.const 0xe4dd58b5)) (i64.shr_u (local.get $t) (i64.const 32))))
          (local.set $v (i64.add (i64.mul (local.get $a0) (i64.const 0xda942042)) (i64.and (local.get $u) (i64.const 0xffffffff))))
          (local.set $nl (i64.add (i64.mul (local.get $lo) (i64.const 0xda942042e4dd58b5)) (local.get $il)))
          (local.set $hi
            (i64.add
              (i64.add (i64.add (i64.mul (local.get $a1) (i64.const 0xda942042)) (i64.shr_u (local.get $u) (i64.const 32)))
                       (i64.shr_u (local.get $v) (i64.const 32)))
              (i64.add
                (i64.add (i64.mul (local.get $hi) (i64.const 0xda942042e4dd58b5)) (local.get $ih))
                (i64.extend_i32_u (i64.lt_u (local.get $nl) (local.get $il))))))
          (local.set $lo (local.get $nl))
          (local.set $d (f64.mul (f64.convert_i64_s (i64.shr_u (local.get $x) (i64.const 11))) (f64.const 0x1p-53)))
;;@end

;;@template pcg64 pcg64dxsm
  ;; The fill loop: $n raw outputs (mode 0) or next_double values (mode 1) at OUT.
  (func (export "{G}_fill") (param $n i32) (param $mode i32)
    (local $hi i64) (local $lo i64) (local $ih i64) (local $il i64) (local $nl i64) (local $x i64)
    (local $a0 i64) (local $a1 i64) (local $t i64) (local $u i64) (local $v i64) (local $p i32) (local $end i32)
;;@load
    (local.set $p (global.get $OUT))
    (local.set $end (i32.add (global.get $OUT) (i32.shl (local.get $n) (i32.const 3))))
    (if (local.get $mode)
      (then
        (block $done
          (loop $next
            (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
;;@next
            (f64.store (local.get $p) (f64.mul (f64.convert_i64_s (i64.shr_u (local.get $x) (i64.const 11))) (f64.const 0x1p-53)))
            (local.set $p (i32.add (local.get $p) (i32.const 8)))
            (br $next))))
      (else
        (block $done
          (loop $next
            (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
;;@next
            (i64.store (local.get $p) (local.get $x))
            (local.set $p (i32.add (local.get $p) (i32.const 8)))
            (br $next)))))
;;@save
  )
;;@end

;;@template pcg64 pcg64dxsm
  ;; buffered_bounded_lemire_uint32 on next32: $n values off + v, v in [0, rng] for
  ;; 0 < rng < 2**32 - 1, at DST as i64 ($wide = 1) or i32 ($wide = 0). Each draw d gives
  ;; v = (d * (rng + 1)) >> 32 and is kept iff the low word of that product is at least
  ;; (2**32 - 1 - rng) % (rng + 1) (NumPy's first test against rng + 1 only spares computing that
  ;; threshold), so the values are the kept ones among the next32 draws in order: the low then
  ;; the high half of each raw output, after the buffered half if there is one. Each draw's value
  ;; is written at slot i, which only moves on when the draw is kept.
  (func (export "{G}_lemire32") (param $n i32) (param $rng i32) (param $off i64) (param $wide i32)
    (local $hi i64) (local $lo i64) (local $ih i64) (local $il i64) (local $nl i64) (local $x i64)
    (local $a0 i64) (local $a1 i64) (local $t i64) (local $u i64) (local $v i64)
    (local $excl i64) (local $thr i64) (local $m i64) (local $i i32)
    (local.set $hi (i64.load (i32.const 0)))
    (local.set $lo (i64.load (i32.const 8)))
    (local.set $ih (i64.load (i32.const 16)))
    (local.set $il (i64.load (i32.const 24)))
    (local.set $excl (i64.add (i64.extend_i32_u (local.get $rng)) (i64.const 1)))
    (local.set $thr (i64.rem_u (i64.sub (i64.const 0xffffffff) (i64.extend_i32_u (local.get $rng))) (local.get $excl)))
    (if (global.get $has32)
      (then
        (global.set $has32 (i32.const 0))
        (local.set $m (i64.mul (i64.extend_i32_u (global.get $u32v)) (local.get $excl)))
        (if (local.get $wide)
            (then (i64.store (i32.add (i32.const 247808) (i32.shl (local.get $i) (i32.const 3)))
                    (i64.add (local.get $off) (i64.shr_u (local.get $m) (i64.const 32)))))
            (else (i32.store (i32.add (i32.const 247808) (i32.shl (local.get $i) (i32.const 2)))
                    (i32.wrap_i64 (i64.add (local.get $off) (i64.shr_u (local.get $m) (i64.const 32)))))))
          (local.set $i (i32.add (local.get $i)
            (i64.ge_u (i64.and (local.get $m) (i64.const 0xffffffff)) (local.get $thr))))))
    (block $out
      (loop $raw
        (br_if $out (i32.ge_u (local.get $i) (local.get $n)))
;;@next
          (local.set $m (i64.mul (i64.and (local.get $x) (i64.const 0xffffffff)) (local.get $excl)))
          (if (local.get $wide)
            (then (i64.store (i32.add (i32.const 247808) (i32.shl (local.get $i) (i32.const 3)))
                    (i64.add (local.get $off) (i64.shr_u (local.get $m) (i64.const 32)))))
            (else (i32.store (i32.add (i32.const 247808) (i32.shl (local.get $i) (i32.const 2)))
                    (i32.wrap_i64 (i64.add (local.get $off) (i64.shr_u (local.get $m) (i64.const 32)))))))
          (local.set $i (i32.add (local.get $i)
            (i64.ge_u (i64.and (local.get $m) (i64.const 0xffffffff)) (local.get $thr))))
          ;; the high half is next32's buffer now (uinteger keeps it even once it is used)
          (global.set $u32v (i32.wrap_i64 (i64.shr_u (local.get $x) (i64.const 32))))
          (if (i32.ge_u (local.get $i) (local.get $n))
            (then
              (global.set $has32 (i32.const 1))
              (br $out)))
          (local.set $m (i64.mul (i64.shr_u (local.get $x) (i64.const 32)) (local.get $excl)))
          (if (local.get $wide)
            (then (i64.store (i32.add (i32.const 247808) (i32.shl (local.get $i) (i32.const 3)))
                    (i64.add (local.get $off) (i64.shr_u (local.get $m) (i64.const 32)))))
            (else (i32.store (i32.add (i32.const 247808) (i32.shl (local.get $i) (i32.const 2)))
                    (i32.wrap_i64 (i64.add (local.get $off) (i64.shr_u (local.get $m) (i64.const 32)))))))
          (local.set $i (i32.add (local.get $i)
            (i64.ge_u (i64.and (local.get $m) (i64.const 0xffffffff)) (local.get $thr))))
        (br $raw)))
    (i64.store (i32.const 0) (local.get $hi))
    (i64.store (i32.const 8) (local.get $lo)))

  ;; bounded_lemire_uint64 on next64: $n values off + v, v in [0, rng] for
  ;; 2**32 - 1 < rng < 2**64 - 1, as i64 at DST. Kept iff the low 64 bits of draw * (rng + 1) are
  ;; at least (2**64 - 1 - rng) % (rng + 1).
  (func (export "{G}_lemire64") (param $n i32) (param $rng i64) (param $off i64)
    (local $hi i64) (local $lo i64) (local $ih i64) (local $il i64) (local $nl i64) (local $x i64)
    (local $a0 i64) (local $a1 i64) (local $t i64) (local $u i64) (local $v i64)
    (local $excl i64) (local $thr i64) (local $i i32)
    (local.set $hi (i64.load (i32.const 0)))
    (local.set $lo (i64.load (i32.const 8)))
    (local.set $ih (i64.load (i32.const 16)))
    (local.set $il (i64.load (i32.const 24)))
    (local.set $excl (i64.add (local.get $rng) (i64.const 1)))
    (local.set $thr (i64.rem_u (i64.sub (i64.const -1) (local.get $rng)) (local.get $excl)))
    (block $out
      (loop $val
        (br_if $out (i32.ge_u (local.get $i) (local.get $n)))
        (loop $retry
;;@next
          (br_if $retry (i64.lt_u (i64.mul (local.get $x) (local.get $excl)) (local.get $thr))))
        (i64.store (i32.add (i32.const 247808) (i32.shl (local.get $i) (i32.const 3)))
          (i64.add (local.get $off) (call $mulhi (local.get $x) (local.get $excl))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $val)))
    (i64.store (i32.const 0) (local.get $hi))
    (i64.store (i32.const 8) (local.get $lo)))

  ;; random_standard_exponential's ziggurat: up to $n values at DST; returns how many. Fast
  ;; accepts are written; a wedge attempt is decided here when wedgeTest can (see there). The
  ;; kernel stops early, having made the attempt's draws, when libm must decide: $zstop = 3 at a
  ;; tail (idx 0), whose value is EXP_R - log1p(-U) with U in $zu, or 4 at a wedge too close to
  ;; call, whose x ($zx) is kept iff $zy < exp(-x). Otherwise $zstop = 0 and $n values are written.
  (func (export "{G}_zig_exp") (param $n i32) (result i32)
    (local $hi i64) (local $lo i64) (local $ih i64) (local $il i64) (local $nl i64) (local $x i64)
    (local $a0 i64) (local $a1 i64) (local $t i64) (local $u i64) (local $v i64)
    (local $ri i64) (local $xv f64) (local $y f64) (local $i i32) (local $k i32) (local $w i32)
    (local.set $hi (i64.load (i32.const 0)))
    (local.set $lo (i64.load (i32.const 8)))
    (local.set $ih (i64.load (i32.const 16)))
    (local.set $il (i64.load (i32.const 24)))
    (global.set $zstop (i32.const 0))
    (block $out
      (loop $next
        (br_if $out (i32.ge_u (local.get $i) (local.get $n)))
;;@next
        (local.set $k (i32.shl (i32.and (i32.wrap_i64 (i64.shr_u (local.get $x) (i64.const 3))) (i32.const 0xff)) (i32.const 3)))
        (local.set $ri (i64.shr_u (local.get $x) (i64.const 11)))
        (local.set $xv (f64.mul (f64.convert_i64_s (local.get $ri)) (f64.load offset=143360 (local.get $k))))
        (if (i64.lt_u (local.get $ri) (i64.load offset=141312 (local.get $k)))
          (then
            (f64.store (i32.add (i32.const 247808) (i32.shl (local.get $i) (i32.const 3))) (local.get $xv))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $next)))
;;@next
        ;; U = next_double
        (local.set $y (f64.mul (f64.convert_i64_s (i64.shr_u (local.get $x) (i64.const 11))) (f64.const 0x1p-53)))
        (if (i32.eqz (local.get $k))
          (then
            (global.set $zu (local.get $y))
            (global.set $zstop (i32.const 3))
            (br $out)))
        (local.set $y
          (f64.add
            (f64.mul (f64.sub (f64.load offset=145400 (local.get $k)) (f64.load offset=145408 (local.get $k))) (local.get $y))
            (f64.load offset=145408 (local.get $k))))
        (local.set $w (call $wedgeTest (local.get $y) (f64.neg (local.get $xv))))
        (if (i32.eq (local.get $w) (i32.const 1))
          (then
            (f64.store (i32.add (i32.const 247808) (i32.shl (local.get $i) (i32.const 3))) (local.get $xv))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))))
        (if (i32.eqz (local.get $w))
          (then
            (global.set $zx (local.get $xv))
            (global.set $zy (local.get $y))
            (global.set $zstop (i32.const 4))
            (br $out)))
        (br $next)))
    (i64.store (i32.const 0) (local.get $hi))
    (i64.store (i32.const 8) (local.get $lo))
    (local.get $i))

  ;; random_standard_normal's ziggurat, as zig_exp: a wedge keeps x iff y < exp(-x*x/2) ($zstop 4
  ;; when wedgeTest cannot call it). At a tail attempt (idx 0) it stops just past the attempt's
  ;; first draw with $zstop = 1 (2 if the tail value is negative), and the caller runs the tail's
  ;; loop (its draws depend on its outcomes) on the generator itself.
  (func (export "{G}_zig_norm") (param $n i32) (result i32)
    (local $hi i64) (local $lo i64) (local $ih i64) (local $il i64) (local $nl i64) (local $x i64)
    (local $a0 i64) (local $a1 i64) (local $t i64) (local $u i64) (local $v i64)
    (local $rabs i64) (local $xv f64) (local $y f64) (local $i i32) (local $k i32) (local $w i32)
    (local.set $hi (i64.load (i32.const 0)))
    (local.set $lo (i64.load (i32.const 8)))
    (local.set $ih (i64.load (i32.const 16)))
    (local.set $il (i64.load (i32.const 24)))
    (global.set $zstop (i32.const 0))
    (block $out
      (loop $next
        (br_if $out (i32.ge_u (local.get $i) (local.get $n)))
;;@next
        (local.set $k (i32.shl (i32.and (i32.wrap_i64 (local.get $x)) (i32.const 0xff)) (i32.const 3)))
        (local.set $rabs (i64.and (i64.shr_u (local.get $x) (i64.const 9)) (i64.const 0x000fffffffffffff)))
        ;; x = rabs * wi[idx], negated (sign bit flipped, branch-free) when bit 8 of the draw is set
        (local.set $xv (f64.reinterpret_i64 (i64.xor
          (i64.reinterpret_f64 (f64.mul (f64.convert_i64_s (local.get $rabs)) (f64.load offset=137216 (local.get $k))))
          (i64.and (i64.shl (local.get $x) (i64.const 55)) (i64.const 0x8000000000000000)))))
        (if (i64.lt_u (local.get $rabs) (i64.load offset=135168 (local.get $k)))
          (then
            (f64.store (i32.add (i32.const 247808) (i32.shl (local.get $i) (i32.const 3))) (local.get $xv))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $next)))
        (if (i32.eqz (local.get $k))
          (then
            ;; rabs bit 8 (bit 17 of the draw) is the tail value's sign
            (global.set $zstop (i32.add (i32.const 1) (i32.wrap_i64 (i64.and (i64.shr_u (local.get $x) (i64.const 17)) (i64.const 1)))))
            (br $out)))
;;@next
        (local.set $y
          (f64.add
            (f64.mul (f64.sub (f64.load offset=139256 (local.get $k)) (f64.load offset=139264 (local.get $k)))
                     (f64.mul (f64.convert_i64_s (i64.shr_u (local.get $x) (i64.const 11))) (f64.const 0x1p-53)))
            (f64.load offset=139264 (local.get $k))))
        (local.set $w (call $wedgeTest (local.get $y) (f64.mul (f64.mul (f64.const -0.5) (local.get $xv)) (local.get $xv))))
        (if (i32.eq (local.get $w) (i32.const 1))
          (then
            (f64.store (i32.add (i32.const 247808) (i32.shl (local.get $i) (i32.const 3))) (local.get $xv))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))))
        (if (i32.eqz (local.get $w))
          (then
            (global.set $zx (local.get $xv))
            (global.set $zy (local.get $y))
            (global.set $zstop (i32.const 4))
            (br $out)))
        (br $next)))
    (i64.store (i32.const 0) (local.get $hi))
    (i64.store (i32.const 8) (local.get $lo))
    (local.get $i))
;;@end

;;@template pcg64 pcg64dxsm mt19937
  ;; random_poisson_mult for 0 < lam < 10: $n values at DST (i64), each the count of uniforms whose
  ;; running product stays above enlam = exp(-lam) (computed by the caller with the glibc-exact exp).
  (func (export "{G}_poisson_mult") (param $n i32) (param $enlam f64)
    (local $hi i64) (local $lo i64) (local $ih i64) (local $il i64) (local $nl i64) (local $x i64)
    (local $a0 i64) (local $a1 i64) (local $t i64) (local $u i64) (local $v i64)
    (local $pos i32) (local $ya i32) (local $yb i32) (local $d f64)
    (local $i i32) (local $k i32) (local $prod f64)
;;@load
    (block $out
      (loop $val
        (br_if $out (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $k (i32.const 0))
        (local.set $prod (f64.const 1))
        (loop $more
;;@double
          (local.set $prod (f64.mul (local.get $prod) (local.get $d)))
          (if (f64.gt (local.get $prod) (local.get $enlam))
            (then (local.set $k (i32.add (local.get $k) (i32.const 1))) (br $more))))
        (i64.store (i32.add (i32.const 247808) (i32.shl (local.get $i) (i32.const 3))) (i64.extend_i32_u (local.get $k)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $val)))
;;@save
  )

  ;; random_binomial_inversion: $n values at DST (i64) for n draws of probability p <= 1/2 with
  ;; q = 1 - p, qn = q^n and bound from the caller (as binomial.ts computes them); $flip gives
  ;; nn - x instead of x (NumPy's p > 1/2 case, run on q).
  (func (export "{G}_binomial_inv") (param $n i32) (param $nn f64) (param $p f64) (param $q f64) (param $qn f64) (param $bound f64) (param $flip i32)
    (local $hi i64) (local $lo i64) (local $ih i64) (local $il i64) (local $nl i64) (local $x i64)
    (local $a0 i64) (local $a1 i64) (local $t i64) (local $u i64) (local $v i64)
    (local $pos i32) (local $ya i32) (local $yb i32) (local $d f64)
    (local $i i32) (local $k f64) (local $px f64) (local $uu f64)
;;@load
    (block $out
      (loop $val
        (br_if $out (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $k (f64.const 0))
        (local.set $px (local.get $qn))
;;@double
        (local.set $uu (local.get $d))
        (block $done
          (loop $more
            (br_if $done (i32.eqz (f64.gt (local.get $uu) (local.get $px))))
            (local.set $k (f64.add (local.get $k) (f64.const 1)))
            (if (f64.gt (local.get $k) (local.get $bound))
              (then
                (local.set $k (f64.const 0))
                (local.set $px (local.get $qn))
;;@double
                (local.set $uu (local.get $d)))
              (else
                (local.set $uu (f64.sub (local.get $uu) (local.get $px)))
                (local.set $px
                  (f64.div
                    (f64.mul (f64.mul (f64.add (f64.sub (local.get $nn) (local.get $k)) (f64.const 1)) (local.get $p)) (local.get $px))
                    (f64.mul (local.get $k) (local.get $q))))))
            (br $more)))
        (if (local.get $flip) (then (local.set $k (f64.sub (local.get $nn) (local.get $k)))))
        (i64.store (i32.add (i32.const 247808) (i32.shl (local.get $i) (i32.const 3))) (i64.trunc_sat_f64_s (local.get $k)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $val)))
;;@save
  )
;;@end

;; glibc's log (see src/core/math/log.ts) for the legacy polar method: NaN where the TypeScript
  ;; log must decide (subnormal or special x, a final rounding the unfused evaluation cannot
  ;; settle, an fma off its kernel's range). The same operations in the same order as log.ts;
  ;; tables and constants at LOG (written once by the caller): invc[128], logc[128], then ln2hi,
  ;; ln2lo, A0..A4, B0..B10.
  (global $LOG i32 (i32.const 147456))

  ;; fmaKernel of src/core/math/fma.ts: the correctly rounded a * b + c from Dekker's product and
  ;; TwoSum, for moderate operands.
  (func $fmaK (param $a f64) (param $b f64) (param $c f64) (result f64)
    (local $p f64) (local $e f64) (local $t f64) (local $ah f64) (local $al f64) (local $bh f64) (local $bl f64)
    (local $s f64) (local $z f64) (local $tt f64) (local $u f64) (local $r f64) (local $ve f64) (local $w f64) (local $next f64)
    (local.set $p (f64.mul (local.get $a) (local.get $b)))
    (local.set $t (f64.mul (f64.const 134217729) (local.get $a)))
    (local.set $ah (f64.sub (local.get $t) (f64.sub (local.get $t) (local.get $a))))
    (local.set $al (f64.sub (local.get $a) (local.get $ah)))
    (local.set $t (f64.mul (f64.const 134217729) (local.get $b)))
    (local.set $bh (f64.sub (local.get $t) (f64.sub (local.get $t) (local.get $b))))
    (local.set $bl (f64.sub (local.get $b) (local.get $bh)))
    (local.set $e (f64.add
      (f64.add (f64.add (f64.sub (f64.mul (local.get $ah) (local.get $bh)) (local.get $p)) (f64.mul (local.get $ah) (local.get $bl)))
               (f64.mul (local.get $al) (local.get $bh)))
      (f64.mul (local.get $al) (local.get $bl))))
    (local.set $s (f64.add (local.get $p) (local.get $c)))
    (local.set $z (f64.sub (local.get $s) (local.get $c)))
    (local.set $tt (f64.add (f64.sub (local.get $c) (f64.sub (local.get $s) (local.get $z))) (f64.sub (local.get $p) (local.get $z))))
    (local.set $u (f64.add (local.get $tt) (local.get $e)))
    (if (f64.eq (local.get $u) (f64.const 0)) (then (return (local.get $s))))
    (local.set $r (f64.add (local.get $s) (local.get $u)))
    (local.set $z (f64.sub (local.get $u) (local.get $e)))
    (local.set $ve (f64.add (f64.sub (local.get $e) (f64.sub (local.get $u) (local.get $z))) (f64.sub (local.get $tt) (local.get $z))))
    (local.set $z (f64.sub (local.get $r) (local.get $u)))
    (local.set $w (f64.add (f64.sub (local.get $u) (f64.sub (local.get $r) (local.get $z))) (f64.sub (local.get $s) (local.get $z))))
    (local.set $next (f64.add (local.get $r) (f64.mul (f64.const 2) (local.get $w))))
    (if (i32.and
          (i32.and (f64.ne (local.get $ve) (f64.const 0)) (f64.ne (local.get $w) (f64.const 0)))
          (i32.and (f64.eq (f64.sub (local.get $next) (local.get $r)) (f64.mul (f64.const 2) (local.get $w)))
                   (i32.eq (f64.gt (local.get $w) (f64.const 0)) (f64.gt (local.get $ve) (f64.const 0)))))
      (then (return (local.get $next))))
    (local.get $r))

  ;; fma of fma.ts where its range test passes or a factor is zero; elsewhere NaN, which makes
  ;; log_table's answer NaN (left to the caller), where fma.ts would take its exact BigInt path.
  (func $fmaR (param $a f64) (param $b f64) (param $c f64) (result f64)
    (local $p f64)
    (local.set $p (f64.mul (local.get $a) (local.get $b)))
    (if (i32.and
          (i32.and (f64.gt (f64.abs (local.get $p)) (f64.const 0x1p-960)) (f64.lt (f64.abs (local.get $p)) (f64.const 0x1p995)))
          (i32.and (f64.lt (f64.abs (local.get $a)) (f64.const 0x1p995))
                   (i32.and (f64.lt (f64.abs (local.get $b)) (f64.const 0x1p995)) (f64.lt (f64.abs (local.get $c)) (f64.const 0x1p995)))))
      (then (return (call $fmaK (local.get $a) (local.get $b) (local.get $c)))))
    ;; fma.ts's exact path begins: a zero factor gives p + c
    (if (i32.or (f64.eq (local.get $a) (f64.const 0)) (f64.eq (local.get $b) (f64.const 0)))
      (then (return (f64.add (local.get $p) (local.get $c)))))
    (f64.const nan))

  ;; logNear1 of log.ts: log(1 + r) for |r| < 0x1.09p-4, B0..B10 at 149560.
  (func $logNear1 (param $r f64) (result f64)
    (local $r2 f64) (local $r3 f64) (local $p123 f64) (local $p456 f64) (local $p78910 f64) (local $poly f64)
    (local $rhi f64) (local $rlo f64) (local $rhi2 f64) (local $high f64) (local $low f64)
    (local.set $r2 (f64.mul (local.get $r) (local.get $r)))
    (local.set $r3 (f64.mul (local.get $r) (local.get $r2)))
    (local.set $p123 (call $fmaR (local.get $r2) (f64.load offset=149584 (i32.const 0))
      (call $fmaR (local.get $r) (f64.load offset=149576 (i32.const 0)) (f64.load offset=149568 (i32.const 0)))))
    (local.set $p456 (call $fmaR (local.get $r2) (f64.load offset=149608 (i32.const 0))
      (call $fmaR (local.get $r) (f64.load offset=149600 (i32.const 0)) (f64.load offset=149592 (i32.const 0)))))
    (local.set $p78910 (call $fmaR (local.get $r3) (f64.load offset=149640 (i32.const 0))
      (call $fmaR (local.get $r2) (f64.load offset=149632 (i32.const 0))
        (call $fmaR (local.get $r) (f64.load offset=149624 (i32.const 0)) (f64.load offset=149616 (i32.const 0))))))
    (local.set $poly (call $fmaR (call $fmaR (local.get $p78910) (local.get $r3) (local.get $p456)) (local.get $r3) (local.get $p123)))
    (local.set $rhi (call $fmaR (f64.const -134217728) (local.get $r) (call $fmaR (local.get $r) (f64.const 134217728) (local.get $r))))
    (local.set $rlo (f64.sub (local.get $r) (local.get $rhi)))
    (local.set $rhi2 (f64.mul (local.get $rhi) (local.get $rhi)))
    (local.set $high (call $fmaR (local.get $rhi2) (f64.load offset=149560 (i32.const 0)) (local.get $r)))
    (local.set $low (call $fmaR (local.get $rhi2) (f64.load offset=149560 (i32.const 0)) (f64.sub (local.get $r) (local.get $high))))
    (local.set $low (call $fmaR (f64.mul (f64.load offset=149560 (i32.const 0)) (local.get $rlo)) (f64.add (local.get $rhi) (local.get $r)) (local.get $low)))
    (f64.add (call $fmaR (local.get $poly) (local.get $r3) (local.get $low)) (local.get $high)))
  (func $logTable (export "log_table") (param $x f64) (result f64)
    (local $bits i64) (local $hi i32) (local $top i32) (local $tmp i32) (local $ti i32) (local $k f64) (local $z f64)
    (local $invc f64) (local $p f64) (local $t f64) (local $ah f64) (local $al f64) (local $bh f64) (local $bl f64)
    (local $r f64) (local $w f64) (local $high f64) (local $tail f64) (local $r2 f64) (local $r3 f64) (local $low f64)
    (local $poly f64) (local $small f64) (local $y f64) (local $err f64) (local $half f64) (local $ybits i64)
    (local.set $bits (i64.reinterpret_f64 (local.get $x)))
    (local.set $hi (i32.wrap_i64 (i64.shr_u (local.get $bits) (i64.const 32))))
    ;; near 1: hi in [0x3fee0000, 0x3ff10900)
    (if (i32.lt_u (i32.sub (local.get $hi) (i32.const 0x3fee0000)) (i32.const 0x00030900))
      (then
        (if (f64.eq (local.get $x) (f64.const 1)) (then (return (f64.const 0))))
        (return (call $logNear1 (f64.sub (local.get $x) (f64.const 1))))))
    (local.set $top (i32.shr_u (local.get $hi) (i32.const 16)))
    (if (i32.or (i32.lt_u (local.get $top) (i32.const 0x0010)) (i32.ge_u (local.get $top) (i32.const 0x7ff0))) (then (return (f64.const nan))))
    (local.set $tmp (i32.sub (local.get $hi) (i32.const 0x3fe60000)))
    (local.set $ti (i32.shl (i32.and (i32.shr_u (local.get $tmp) (i32.const 13)) (i32.const 127)) (i32.const 3)))
    (local.set $k (f64.convert_i32_s (i32.shr_s (local.get $tmp) (i32.const 20))))
    (local.set $z (f64.reinterpret_i64 (i64.sub (local.get $bits)
      (i64.shl (i64.extend_i32_u (i32.and (local.get $tmp) (i32.const 0xfff00000))) (i64.const 32)))))
    (local.set $invc (f64.load offset=147456 (local.get $ti)))
    ;; r = (p - 1) + productError(z, invc, p): Dekker's product with Veltkamp splitting
    (local.set $p (f64.mul (local.get $z) (local.get $invc)))
    (local.set $t (f64.mul (f64.const 134217729) (local.get $z)))
    (local.set $ah (f64.sub (local.get $t) (f64.sub (local.get $t) (local.get $z))))
    (local.set $al (f64.sub (local.get $z) (local.get $ah)))
    (local.set $t (f64.mul (f64.const 134217729) (local.get $invc)))
    (local.set $bh (f64.sub (local.get $t) (f64.sub (local.get $t) (local.get $invc))))
    (local.set $bl (f64.sub (local.get $invc) (local.get $bh)))
    (local.set $r (f64.add (f64.sub (local.get $p) (f64.const 1))
      (f64.add
        (f64.add (f64.add (f64.sub (f64.mul (local.get $ah) (local.get $bh)) (local.get $p)) (f64.mul (local.get $ah) (local.get $bl)))
                 (f64.mul (local.get $al) (local.get $bh)))
        (f64.mul (local.get $al) (local.get $bl)))))
    (local.set $w (f64.add (f64.mul (local.get $k) (f64.load offset=149504 (i32.const 0))) (f64.load offset=148480 (local.get $ti))))
    (local.set $high (f64.add (local.get $w) (local.get $r)))
    (local.set $tail (f64.add (f64.sub (local.get $w) (local.get $high)) (local.get $r)))
    (local.set $r2 (f64.mul (local.get $r) (local.get $r)))
    (local.set $r3 (f64.mul (local.get $r) (local.get $r2)))
    (local.set $low (f64.add (f64.mul (local.get $k) (f64.load offset=149512 (i32.const 0))) (local.get $tail)))
    ;; poly = (r A4 + A3) r2 + (r A2 + A1); small = r3 poly + (r2 A0 + low)
    (local.set $poly (f64.add
      (f64.mul (f64.add (f64.mul (local.get $r) (f64.load offset=149552 (i32.const 0))) (f64.load offset=149544 (i32.const 0))) (local.get $r2))
      (f64.add (f64.mul (local.get $r) (f64.load offset=149536 (i32.const 0))) (f64.load offset=149528 (i32.const 0)))))
    (local.set $small (f64.add (f64.mul (local.get $r3) (local.get $poly))
      (f64.add (f64.mul (local.get $r2) (f64.load offset=149520 (i32.const 0))) (local.get $low))))
    (local.set $y (f64.add (local.get $high) (local.get $small)))
    (local.set $err (f64.add (f64.sub (local.get $high) (local.get $y)) (local.get $small)))
    ;; halfGap(y, err): half an ulp of y, a quarter below a power of two on the side err points to
    (local.set $ybits (i64.reinterpret_f64 (local.get $y)))
    (local.set $half (f64.reinterpret_i64 (i64.shl
      (i64.sub (i64.and (i64.shr_u (local.get $ybits) (i64.const 52)) (i64.const 0x7ff)) (i64.const 53)) (i64.const 52))))
    (if (i32.and (i64.eqz (i64.and (local.get $ybits) (i64.const 0x000fffffffffffff)))
                 (i32.eq (f64.lt (local.get $err) (f64.const 0)) (f64.gt (local.get $y) (f64.const 0))))
      (then (local.set $half (f64.mul (local.get $half) (f64.const 0.5)))))
    (if (f64.lt (f64.abs (local.get $err)) (f64.sub (local.get $half) (f64.const 0x1p-62)))
      (then (return (local.get $y))))
    (f64.const nan))

;;@template mt19937
  ;; legacy_gauss in pairs (Marsaglia's polar method): $n pairs f*x2, f*x1 at DST, as two single
  ;; calls return them. Where log_table leaves log(r2) to the caller, the pair is pending: x2, x1
  ;; stand at DST, the pair number at GPEND (i32) and r2 at GPEND + 16384 (f64), $np of them; the
  ;; caller multiplies both by f = sqrt(-2 log(r2) / r2) (the draws do not depend on it).
  (func (export "{G}_gauss_pairs") (param $n i32)
    (local $pos i32) (local $ya i32) (local $yb i32) (local $d f64) (local $np i32)
    (local $i i32) (local $x1 f64) (local $x2 f64) (local $r2 f64) (local $l f64) (local $f f64) (local $a i32)
;;@load
    (block $out
      (loop $pair
        (br_if $out (i32.ge_u (local.get $i) (local.get $n)))
        (loop $again
;;@double
          (local.set $x1 (f64.sub (f64.mul (f64.const 2) (local.get $d)) (f64.const 1)))
;;@double
          (local.set $x2 (f64.sub (f64.mul (f64.const 2) (local.get $d)) (f64.const 1)))
          (local.set $r2 (f64.add (f64.mul (local.get $x1) (local.get $x1)) (f64.mul (local.get $x2) (local.get $x2))))
          (br_if $again (i32.or (f64.ge (local.get $r2) (f64.const 1)) (f64.eq (local.get $r2) (f64.const 0)))))
        (local.set $l (call $logTable (local.get $r2)))
        (local.set $a (i32.add (i32.const 247808) (i32.shl (local.get $i) (i32.const 4))))
        (if (f64.ne (local.get $l) (local.get $l))
          (then
            (i32.store offset=151552 (i32.shl (local.get $np) (i32.const 2)) (local.get $i))
            (f64.store offset=167936 (i32.shl (local.get $np) (i32.const 3)) (local.get $r2))
            (local.set $np (i32.add (local.get $np) (i32.const 1)))
            (local.set $f (f64.const 1)))
          (else
            (local.set $f (f64.sqrt (f64.div (f64.mul (f64.const -2) (local.get $l)) (local.get $r2))))))
        (f64.store (local.get $a) (f64.mul (local.get $f) (local.get $x2)))
        (f64.store offset=8 (local.get $a) (f64.mul (local.get $f) (local.get $x1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $pair)))
    (global.set $np (local.get $np))
;;@save
  )
;;@end

;;@template mt19937
  ;; RandomState's masked bounded draws on next32 (buffered_bounded_masked_uint32): $n values
  ;; off + v, v = next32 & mask kept iff v <= rng, for 0 < rng < 2**32 - 1; at DST as i64
  ;; ($wide = 1) or i32 ($wide = 0). Each draw's value is written at slot i, which only moves on
  ;; when the draw is kept. Four key words are tempered at once (as in mt19937_fill) while at
  ;; least four values are still wanted, so no draw past the last value's is made.
  (func (export "{G}_masked32") (param $n i32) (param $rng i32) (param $off i64) (param $wide i32)
    (local $pos i32) (local $ya i32) (local $mask i32) (local $i i32) (local $w i32) (local $v v128)
    (local.set $mask (i32.or (local.get $rng) (i32.shr_u (local.get $rng) (i32.const 1))))
    (local.set $mask (i32.or (local.get $mask) (i32.shr_u (local.get $mask) (i32.const 2))))
    (local.set $mask (i32.or (local.get $mask) (i32.shr_u (local.get $mask) (i32.const 4))))
    (local.set $mask (i32.or (local.get $mask) (i32.shr_u (local.get $mask) (i32.const 8))))
    (local.set $mask (i32.or (local.get $mask) (i32.shr_u (local.get $mask) (i32.const 16))))
;;@load
    (block $out
      (loop $draw
        (br_if $out (i32.ge_u (local.get $i) (local.get $n)))
        (if (i32.and (i32.le_u (local.get $pos) (i32.const 620))
                     (i32.ge_u (i32.sub (local.get $n) (local.get $i)) (i32.const 4)))
          (then
            (local.set $v (v128.load align=4 (i32.add (global.get $MT) (i32.shl (local.get $pos) (i32.const 2)))))
            (local.set $v (v128.xor (local.get $v) (i32x4.shr_u (local.get $v) (i32.const 11))))
            (local.set $v (v128.xor (local.get $v)
              (v128.and (i32x4.shl (local.get $v) (i32.const 7)) (v128.const i32x4 0x9d2c5680 0x9d2c5680 0x9d2c5680 0x9d2c5680))))
            (local.set $v (v128.xor (local.get $v)
              (v128.and (i32x4.shl (local.get $v) (i32.const 15)) (v128.const i32x4 0xefc60000 0xefc60000 0xefc60000 0xefc60000))))
            (local.set $v (v128.and (v128.xor (local.get $v) (i32x4.shr_u (local.get $v) (i32.const 18))) (i32x4.splat (local.get $mask))))
            (local.set $w (i32x4.extract_lane 0 (local.get $v)))
            (if (local.get $wide)
              (then (i64.store offset=247808 (i32.shl (local.get $i) (i32.const 3)) (i64.add (local.get $off) (i64.extend_i32_u (local.get $w)))))
              (else (i32.store offset=247808 (i32.shl (local.get $i) (i32.const 2)) (i32.add (i32.wrap_i64 (local.get $off)) (local.get $w)))))
            (local.set $i (i32.add (local.get $i) (i32.le_u (local.get $w) (local.get $rng))))
            (local.set $w (i32x4.extract_lane 1 (local.get $v)))
            (if (local.get $wide)
              (then (i64.store offset=247808 (i32.shl (local.get $i) (i32.const 3)) (i64.add (local.get $off) (i64.extend_i32_u (local.get $w)))))
              (else (i32.store offset=247808 (i32.shl (local.get $i) (i32.const 2)) (i32.add (i32.wrap_i64 (local.get $off)) (local.get $w)))))
            (local.set $i (i32.add (local.get $i) (i32.le_u (local.get $w) (local.get $rng))))
            (local.set $w (i32x4.extract_lane 2 (local.get $v)))
            (if (local.get $wide)
              (then (i64.store offset=247808 (i32.shl (local.get $i) (i32.const 3)) (i64.add (local.get $off) (i64.extend_i32_u (local.get $w)))))
              (else (i32.store offset=247808 (i32.shl (local.get $i) (i32.const 2)) (i32.add (i32.wrap_i64 (local.get $off)) (local.get $w)))))
            (local.set $i (i32.add (local.get $i) (i32.le_u (local.get $w) (local.get $rng))))
            (local.set $w (i32x4.extract_lane 3 (local.get $v)))
            (if (local.get $wide)
              (then (i64.store offset=247808 (i32.shl (local.get $i) (i32.const 3)) (i64.add (local.get $off) (i64.extend_i32_u (local.get $w)))))
              (else (i32.store offset=247808 (i32.shl (local.get $i) (i32.const 2)) (i32.add (i32.wrap_i64 (local.get $off)) (local.get $w)))))
            (local.set $i (i32.add (local.get $i) (i32.le_u (local.get $w) (local.get $rng))))
            (local.set $pos (i32.add (local.get $pos) (i32.const 4)))
            (br $draw)))
;;@next32
        (local.set $w (i32.and (local.get $ya) (local.get $mask)))
            (if (local.get $wide)
              (then (i64.store offset=247808 (i32.shl (local.get $i) (i32.const 3)) (i64.add (local.get $off) (i64.extend_i32_u (local.get $w)))))
              (else (i32.store offset=247808 (i32.shl (local.get $i) (i32.const 2)) (i32.add (i32.wrap_i64 (local.get $off)) (local.get $w)))))
            (local.set $i (i32.add (local.get $i) (i32.le_u (local.get $w) (local.get $rng))))
        (br $draw)))
;;@save
  )
;;@end
)
