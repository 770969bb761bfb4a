// Go maps: an open-addressing hash table in groups of 8 slots with one control byte per slot
// (docs/abi.md, "Maps", records the layout and the guarantees; abi.h lists the entry points).
#pragma once

#include <cstdint>

#include "abi/abi.h"

namespace ergo::rt {

// The map header; a Go map value points to one (nil: the nil map). Allocated with its own
// type descriptor (kMapHeaderType): ctrl and slots are pointer words.
struct Map {
  int64_t count;         // len(m); abi::kMapCountOffset
  uint8_t* ctrl;         // one control byte per slot; nullptr until the first insert
  uint8_t* slots;        // MapType::slot values: key, then element (typed allocation)
  uint64_t mask;         // slots - 1 (slots: a power of two, at least one group)
  uint64_t growth_left;  // inserts into empty slots before the table must be rebuilt
  uint64_t seed;         // hash seed, random per map and renewed by clear
  const abi::MapType* type;
  uint64_t clears;  // how many times clear ran: an iterator stops when it changes
};

// The iterator `range m` keeps in its frame (abi::kMapIterSize bytes). It walks the table
// that was current when it started (`ctrl`, `slots`, `mask`); when the map has been
// rebuilt since, each key found there is looked up in the current table (see map.cpp).
struct MapIter {
  void* key;   // the current entry's key; nullptr when done (abi::kMapIterKeyOffset)
  void* elem;  // the current entry's element (abi::kMapIterElemOffset)
  Map* map;
  uint8_t* ctrl;
  uint8_t* slots;
  uint64_t mask;
  uint64_t start_group;  // random: where the walk starts
  uint64_t offset;       // random: the slot within each group where the walk starts
  uint64_t step;         // slots visited so far
  uint64_t clears;       // Map::clears when the iteration started
};

static_assert(sizeof(MapIter) == abi::kMapIterSize && alignof(MapIter) == abi::kMapIterAlign);
static_assert(__builtin_offsetof(MapIter, key) == abi::kMapIterKeyOffset &&
              __builtin_offsetof(MapIter, elem) == abi::kMapIterElemOffset);
static_assert(__builtin_offsetof(Map, count) == abi::kMapCountOffset);

// A cheap random number shared by all threads (map seeds, iteration starts): a Weyl sequence
// seeded from the kernel's AT_RANDOM bytes, mixed.
uint64_t fastrand64();

}  // namespace ergo::rt
