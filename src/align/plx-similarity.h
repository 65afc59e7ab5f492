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
 *
 * What the similarity compares of one sentence, computed once.
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
double         plx_similarity_score        (PlxSimilarity     *self,
                                            const PlxFeatures *a,
                                            const PlxFeatures *b);
void           plx_features_free           (PlxFeatures       *features);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxSimilarity, plx_similarity_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxFeatures, plx_features_free)

G_END_DECLS
