/* plx-similarity.h: how alike two sentences are
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The score at or above which two sentences report the same thing. */
#define PLX_SIMILARITY_THRESHOLD 0.30

typedef struct _PlxSimilarity PlxSimilarity;

/**
 * PlxWordFlags:
 * @PLX_WORD_CONTENT: a content word or number (not a stop word)
 * @PLX_WORD_NUMBER: a number
 * @PLX_WORD_NAME: a capitalised word past the first
 * @PLX_WORD_QUOTED: inside quotation marks
 *
 * What a word of PlxFeatures.words is.
 */
typedef enum
{
  PLX_WORD_CONTENT = 1 << 0,
  PLX_WORD_NUMBER  = 1 << 1,
  PLX_WORD_NAME    = 1 << 2,
  PLX_WORD_QUOTED  = 1 << 3,
} PlxWordFlags;

/**
 * PlxFeatures:
 * @terms: (array length=n_terms): ids of the content stems, sorted
 * @n_terms: how many
 * @grams: (array length=n_grams): hashes of the character trigrams of
 *   the content words, sorted
 * @n_grams: how many
 * @numbers: (array length=n_numbers): ids of the numbers' normal forms
 * @n_numbers: how many
 * @names: (array length=n_names): ids of capitalised words (names)
 * @n_names: how many
 * @quoted: (array length=n_quoted): ids of the stems inside quotes
 * @n_quoted: how many
 * @concepts: (array length=n_concepts): ids of the word senses of the
 *   lowercase content words (WordNet, so that "died" meets "death"), of
 *   the stems of those without one, and of the names and numbers
 * @n_concepts: how many
 * @words: (array length=n_words): ids of the lowercased norms of the
 *   sentence's words and numbers, in order (punctuation left out)
 * @word_stems: (array length=n_words): ids of their stems
 * @word_flags: (array length=n_words): #PlxWordFlags of each
 * @sense_starts: (array length=n_words): where each word's WordNet
 *   senses start in @senses; word i has those up to sense_starts[i + 1],
 *   or @n_senses for the last
 * @senses: (array length=n_senses): WordNet sense numbers
 * @n_words: how many words
 * @n_senses: how many senses
 *
 * What the similarity compares of one sentence, computed once. The word
 * sequence serves the pair features (plx-pair-score.c).
 */
typedef struct
{
  guint *terms;
  guint  n_terms;
  guint *grams;
  guint  n_grams;
  guint *numbers;
  guint  n_numbers;
  guint *names;
  guint  n_names;
  guint *quoted;
  guint  n_quoted;
  guint *concepts;
  guint  n_concepts;
  guint *words;
  guint *word_stems;
  guint *word_flags;
  guint *sense_starts;
  guint *senses;
  guint  n_words;
  guint  n_senses;
} PlxFeatures;

PlxSimilarity *plx_similarity_new          (void);
void           plx_similarity_free         (PlxSimilarity     *self);
PlxFeatures   *plx_similarity_add_sentence (PlxSimilarity     *self,
                                            const char        *text,
                                            gssize             length,
                                            const char        *language);
PlxFeatures   *plx_similarity_add_tokens   (PlxSimilarity     *self,
                                            GArray            *tokens,
                                            const char        *language);
PlxFeatures   *plx_similarity_describe     (PlxSimilarity     *self,
                                            const char        *text,
                                            gssize             length,
                                            const char        *language);
double         plx_similarity_idf          (PlxSimilarity     *self,
                                            guint              term);
guint          plx_similarity_get_n_terms  (PlxSimilarity     *self);
guint          plx_similarity_get_n_docs   (PlxSimilarity     *self);
double         plx_similarity_get_focus    (PlxSimilarity     *self);
void           plx_similarity_measure_corpus  (PlxSimilarity     *self,
                                               GPtrArray         *sentences,
                                               const guint       *articles);
double         plx_similarity_get_match_share (PlxSimilarity     *self);
guint          plx_similarity_get_df       (PlxSimilarity     *self,
                                            guint              term);
const char    *plx_similarity_get_string   (PlxSimilarity     *self,
                                            guint              id);
double         plx_similarity_score        (PlxSimilarity     *self,
                                            const PlxFeatures *a,
                                            const PlxFeatures *b);
void           plx_features_free           (PlxFeatures       *features);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxSimilarity, plx_similarity_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxFeatures, plx_features_free)

G_END_DECLS
