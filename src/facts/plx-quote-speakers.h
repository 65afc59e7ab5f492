/* plx-quote-speakers.h: who said a quotation
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PlxSpeaker:
 * @name: the speaker's name without titles ("S Jaishankar"), or an
 *   organisation's ("the State Department")
 * @key: what two names of one speaker share: the name's last word,
 *   normalised ("jaishankar")
 * @person: whether @name is a person's (a pronoun may stand for it)
 *
 * Who said something.
 */
typedef struct
{
  char     *name;
  char     *key;
  gboolean  person;
} PlxSpeaker;

/**
 * PlxSpeakerMemory:
 * @last_person: (nullable): the last person the article named, whom "he
 *   said" and "the minister said" stand for
 * @known: (nullable): the people the corpus names as speakers or after a
 *   title, by key: a later "Gor" in any sentence is the last person named
 *
 * What an article has said so far, read sentence by sentence, and whom
 * the corpus knows.
 */
typedef struct
{
  PlxSpeaker *last_person;
  GHashTable *known;
} PlxSpeakerMemory;

void        plx_speaker_free            (PlxSpeaker       *speaker);
PlxSpeaker *plx_speaker_copy            (const PlxSpeaker *speaker);
void        plx_speaker_memory_clear    (PlxSpeakerMemory *memory);
void        plx_speaker_memory_know     (PlxSpeakerMemory *memory,
                                         const PlxSpeaker *speaker);
PlxSpeaker *plx_quote_find_speaker      (const char       *text,
                                         GArray           *tokens,
                                         gsize             quote_start,
                                         gsize             quote_end,
                                         const char       *language,
                                         PlxSpeakerMemory *memory,
                                         char            **attribution);
void        plx_speaker_memory_read     (PlxSpeakerMemory *memory,
                                         const char       *text,
                                         GArray           *tokens,
                                         const char       *language,
                                         gsize             from,
                                         gsize             until);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxSpeaker, plx_speaker_free)

G_END_DECLS
