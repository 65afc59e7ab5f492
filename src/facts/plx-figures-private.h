/* plx-figures-private.h: what the figure extractor's files share
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "plx-figures.h"

G_BEGIN_DECLS

/* One phrase of a data file: words matched against token keys. */
typedef struct
{
  char **words;
  char **after;    /* the half after a "..." gap, or NULL */
  int    tag;      /* PlxFigureKind or PlxFigureStatus */
  char  *value;    /* a canonical scope or a party code */
  char  *party;    /* the target a scope names ("indian goods"), or NULL */
  gboolean name;   /* a party's name: case tells "US" from "us" */
} Phrase;

/* The phrases of one list, in their data file's order, indexed by
 * their first word: a sentence looks each of its tokens up once
 * instead of comparing it with every phrase (the scopes alone are
 * hundreds, one per country and demonym). */
typedef struct
{
  GPtrArray  *phrases;
  GHashTable *by_first;     /* first word -> GArray of guint: phrases, in order */
  gboolean    month_first;  /* a phrase starts with "{month}": month tokens try all */
  gboolean    empty;        /* an empty phrase matches at every token */
} PhraseList;

typedef struct
{
  PhraseList *kinds;
  GHashTable *modifiers;
  GHashTable *aggregates;
  GHashTable *clause_words;
  PhraseList *statuses;
  PhraseList *scopes;
  PhraseList *prepositions;
  GHashTable *scope_stops;
  GHashTable *scope_drops;
  GPtrArray  *rewrites;       /* pairs of strings: from, to */
  guint       scope_max_words;
  char       *country_scope;  /* "{demonym} goods" */
  PhraseList *appliers;
  PhraseList *countries;
  GHashTable *demonyms;       /* code -> demonym */
} Rules;

static inline char *
replace (const char *text,
         const char *placeholder,
         const char *with)
{
  g_auto(GStrv) parts = g_strsplit (text, placeholder, -1);

  return g_strjoinv (with, parts);
}

static inline const Phrase *
phrase_list_get (const PhraseList *list,
                 guint             i)
{
  return g_ptr_array_index (list->phrases, i);
}

/* plx-figure-rules.c */
int          _plx_figures_language_index (const char *language);
const Rules *_plx_figures_get_rules      (int         language);

G_END_DECLS
