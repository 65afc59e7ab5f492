/* plx-quote-speakers.c: who said a quotation
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "plx-data.h"
#include "plx-quote-speakers.h"
#include "plx-tokens.h"

/* A quotation's speaker is named beside a verb of saying outside the
 * quote (data/rules/quote-speech.json, per language):
 *
 *  1. after the quote, within AFTER_TOKENS tokens: "“…,” Gor said",
 *     "“…,” said Gor", "“…,” he said";
 *  2. else before it, in the same sentence: "Gor said: “…”", "Gor said
 *     Rubio had a “positive call”";
 *  3. else "according to Gor", "selon Gor", "laut Gor".
 *
 * The name is the run of capitalised words right before the verb (over
 * "also", "publicly"), else right after it: titles and initials belong
 * to the run ("External Affairs Minister S. Jaishankar"), and the name
 * is what follows its last title ("S. Jaishankar"). "He" and "the
 * minister" stand for the last person the article named (a speaker, or
 * a name after a title: "Ambassador Sergio Gor arrived …"). A run with
 * an organisation's word ("the State Department", "the White House") or
 * of acronyms only ("US") is no person: it may be a speaker, never what
 * a pronoun stands for; a group ("Officials said") names nobody. Weekdays and months are never names. Without a
 * verb of saying, or a name beside it, the speaker is unknown. */

#define AFTER_TOKENS 8

typedef struct
{
  GHashTable *verbs;
  GHashTable *according;
  GHashTable *skip;
  GHashTable *pronouns;
  GHashTable *references;
  GHashTable *not_persons;
  GHashTable *groups;
} SpeechWords;

static gpointer
read_words (JsonObject *object)
{
  SpeechWords *words = g_new0 (SpeechWords, 1);

  words->verbs = plx_word_set_from_json (object, "verbs");
  words->according = plx_word_set_from_json (object, "according");
  words->skip = plx_word_set_from_json (object, "skip");
  words->pronouns = plx_word_set_from_json (object, "pronouns");
  words->references = plx_word_set_from_json (object, "references");
  words->not_persons = plx_word_set_from_json (object, "not-persons");
  words->groups = plx_word_set_from_json (object, "groups");

  return words;
}

static gpointer
load_words (gpointer unused)
{
  return plx_data_load_languages ("quote-speech.json", read_words);
}

static const SpeechWords *
words_for (const char *language)
{
  static GOnce once = G_ONCE_INIT;

  return plx_data_for_language (g_once (&once, load_words, NULL), language);
}

static GHashTable *
titles (void)
{
  static GHashTable *set;

  if (g_once_init_enter (&set))
    g_once_init_leave (&set, plx_data_load_words ("titles-en.txt"));

  return set;
}

void
plx_speaker_free (PlxSpeaker *speaker)
{
  if (speaker == NULL)
    return;
  g_free (speaker->name);
  g_free (speaker->key);
  g_free (speaker);
}

PlxSpeaker *
plx_speaker_copy (const PlxSpeaker *speaker)
{
  PlxSpeaker *copy;

  if (speaker == NULL)
    return NULL;
  copy = g_new (PlxSpeaker, 1);
  copy->name = g_strdup (speaker->name);
  copy->key = g_strdup (speaker->key);
  copy->person = speaker->person;

  return copy;
}

/**
 * plx_speaker_memory_clear:
 * @memory: a memory
 *
 * Forgets the last person named, as a new article starts; the people
 * the corpus knows stay.
 */
void
plx_speaker_memory_clear (PlxSpeakerMemory *memory)
{
  g_clear_pointer (&memory->last_person, plx_speaker_free);
}

/**
 * plx_speaker_memory_know:
 * @memory: a memory
 * @speaker: a person the corpus names
 *
 * Remembers @speaker among the people the corpus knows (the fullest
 * name of each key), so that a later mention of the name makes them the
 * last person named. Organisations are not remembered.
 */
void
plx_speaker_memory_know (PlxSpeakerMemory *memory,
                         const PlxSpeaker *speaker)
{
  PlxSpeaker *known;

  if (speaker == NULL || !speaker->person || speaker->key == NULL)
    return;
  if (memory->known == NULL)
    memory->known = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) plx_speaker_free);
  known = g_hash_table_lookup (memory->known, speaker->key);
  if (known != NULL && strlen (known->name) >= strlen (speaker->name))
    return;
  known = plx_speaker_copy (speaker);
  g_hash_table_replace (memory->known, known->key, known);
}

/* What the reading of one sentence looks at. */
typedef struct
{
  const char        *text;
  GArray            *tokens;
  const SpeechWords *words;
  gsize              quote_start;  /* the quote's bytes: none inside count */
  gsize              quote_end;
  GHashTable        *known;        /* nullable: PlxSpeakerMemory's */
} Reading;

static const PlxToken *
token_at (const Reading *reading,
          gint           i)
{
  return &g_array_index (reading->tokens, PlxToken, i);
}

static gboolean
in_set (GHashTable     *set,
        const PlxToken *token)
{
  return set != NULL && token->norm != NULL && g_hash_table_contains (set, token->norm);
}

/* Is token @i outside every quote? */
static gboolean
outside (const Reading *reading,
         gint           i)
{
  const PlxToken *token = token_at (reading, i);

  if (token->start < reading->quote_end && token->end > reading->quote_start)
    return FALSE;

  return (token->flags & (PLX_TOKEN_FLAG_QUOTED | PLX_TOKEN_FLAG_OPEN_QUOTE | PLX_TOKEN_FLAG_CLOSE_QUOTE)) == 0;
}

/* A verb of saying outside the quotes, in lowercase ("the United States
 * said", not "States"). */
static gboolean
is_verb (const Reading *reading,
         gint           i)
{
  const PlxToken *token = token_at (reading, i);

  return outside (reading, i) && (token->flags & PLX_TOKEN_FLAG_CAPITALISED) == 0 &&
         in_set (reading->words->verbs, token);
}

/* A compound ending in a title: "Außenminister", "Bundeskanzler" end in
 * a reference of five bytes or more. Each ending of @norm is looked up,
 * rather than each reference compared (this runs for most words). */
static gboolean
ends_with_reference (const Reading *reading,
                     const char    *norm)
{
  gsize length = strlen (norm);

  if (reading->words->references == NULL)
    return FALSE;
  for (gsize k = 1; k + 5 <= length; k++)
    if (g_hash_table_contains (reading->words->references, norm + k))
      return TRUE;

  return FALSE;
}

static gboolean
is_title (const Reading  *reading,
          const PlxToken *token)
{
  g_auto(GStrv) parts = NULL;

  if (token->kind != PLX_TOKEN_WORD || token->norm == NULL)
    return FALSE;
  if (in_set (reading->words->references, token) || g_hash_table_contains (titles (), token->norm))
    return TRUE;
  if (strchr (token->norm, '-') == NULL)
    return ends_with_reference (reading, token->norm);
  parts = g_strsplit (token->norm, "-", -1);
  for (guint p = 0; parts[p] != NULL; p++)
    if (g_hash_table_contains (titles (), parts[p]))
      return TRUE;

  return ends_with_reference (reading, token->norm);
}

/* A word that may be part of a name: capitalised, not a stop word, a
 * weekday or a month. */
static gboolean
is_name_word (const Reading  *reading,
              const PlxToken *token)
{
  return token->kind == PLX_TOKEN_WORD &&
         (token->flags & PLX_TOKEN_FLAG_CAPITALISED) != 0 &&
         (token->flags & (PLX_TOKEN_FLAG_STOP | PLX_TOKEN_FLAG_MONTH | PLX_TOKEN_FLAG_WEEKDAY)) == 0 &&
         !in_set (reading->words->pronouns, token);
}

/* May token @i stand in a name run: a name word, a title, the dot of an
 * initial ("S."), a lowercase joiner between capitals ("Secretary of
 * State")? */
static gboolean
in_run (const Reading *reading,
        gint           i)
{
  const PlxToken *token = token_at (reading, i);

  if (!outside (reading, i))
    return FALSE;
  if (is_name_word (reading, token) || is_title (reading, token))
    return TRUE;
  if (token->kind == PLX_TOKEN_PUNCT && reading->text[token->start] == '.' && i > 0 &&
      token_at (reading, i - 1)->end - token_at (reading, i - 1)->start == 1 &&
      g_ascii_isupper (reading->text[token_at (reading, i - 1)->start]))
    return TRUE;

  return token->norm != NULL && (g_str_equal (token->norm, "of") || g_str_equal (token->norm, "von") ||
                                 g_str_equal (token->norm, "de"));
}

/* The length in bytes of the possessive ending @text's @length bytes
 * ("'s", "’s"), 0 for none. */
static gsize
possessive_length (const char *text,
                   gsize       length)
{
  if (length >= strlen ("'s") && strncmp (text + length - strlen ("'s"), "'s", strlen ("'s")) == 0)
    return strlen ("'s");
  if (length >= strlen ("’s") && strncmp (text + length - strlen ("’s"), "’s", strlen ("’s")) == 0)
    return strlen ("’s");

  return 0;
}

/* Does @token end in a possessive ("Microsoft's", "Gor’s")? */
static gboolean
is_possessive (const Reading  *reading,
               const PlxToken *token)
{
  gsize n = token->end - token->start;
  gsize ending = possessive_length (reading->text + token->start, n);

  return token->kind == PLX_TOKEN_WORD && ending > 0 && n > ending;
}

/* "Gor's" -> "Gor", "Gor’s" -> "Gor", in place. */
static void
strip_possessive (char *name)
{
  gsize length = strlen (name);

  name[length - possessive_length (name, length)] = '\0';
}

/* Are the words of [@first, @last] all titles? */
static gboolean
only_titles (const Reading *reading,
             gint           first,
             gint           last)
{
  for (gint i = first; i <= last; i++)
    if (token_at (reading, i)->kind == PLX_TOKEN_WORD && !is_title (reading, token_at (reading, i)))
      return FALSE;

  return TRUE;
}

/* The speaker a run [@first, @last] names, or NULL when it holds no
 * name word. */
static PlxSpeaker *
speaker_of_run (const Reading *reading,
                gint           first,
                gint           last)
{
  gint from = first, name_last = -1;
  gboolean organisation = FALSE, acronyms = TRUE;
  PlxSpeaker *speaker;
  const PlxToken *end;
  gsize length;

  /* Trim joiners and dots at the ends. */
  while (first <= last && !is_name_word (reading, token_at (reading, first)) &&
         !is_title (reading, token_at (reading, first)))
    first++;
  while (last >= first && !is_name_word (reading, token_at (reading, last)))
    last--;
  if (first > last)
    return NULL;

  /* The name is what follows the last title, or the last possessive
   * ("Microsoft's Christopher Budd"), when a name word does. */
  from = first;
  for (gint i = first; i <= last; i++)
    if (i < last && (is_title (reading, token_at (reading, i)) || is_possessive (reading, token_at (reading, i))))
      from = i + 1;
  while (from <= last && token_at (reading, from)->kind != PLX_TOKEN_WORD)
    from++;

  for (gint i = first; i <= last; i++)
    {
      const PlxToken *token = token_at (reading, i);

      /* "Officials said": nobody named. */
      if (in_set (reading->words->groups, token))
        return NULL;
      /* "the State Department said" is an organisation; "White House
       * spokesman Tony Fratto said" a person of one. */
      organisation |= (i >= from || from == first) && in_set (reading->words->not_persons, token);
      if (i >= from && token->kind == PLX_TOKEN_WORD)
        {
          gsize n = token->end - token->start;
          gboolean upper = TRUE;

          for (gsize b = 0; b < n; b++)
            upper &= !g_ascii_islower (reading->text[token->start + b]);
          acronyms &= upper && n <= 3 && n > 1;
          if (is_name_word (reading, token))
            name_last = i;
        }
    }
  if (name_last < 0)
    return NULL;
  /* "said General Manager", "Dr": titles name nobody on their own,
   * unless a person the corpus names goes by the word ("King" after
   * "Billy King"). */
  if (!organisation && only_titles (reading, from, name_last) &&
      (reading->known == NULL || !g_hash_table_contains (reading->known, token_at (reading, name_last)->norm)))
    return NULL;

  speaker = g_new0 (PlxSpeaker, 1);
  speaker->person = !organisation && !acronyms;
  /* An organisation is named whole ("State Department"), a person without
   * the titles. */
  if (!speaker->person)
    from = first;
  end = token_at (reading, last);
  length = end->end - token_at (reading, from)->start;
  speaker->name = g_strndup (reading->text + token_at (reading, from)->start, length);
  strip_possessive (speaker->name);
  speaker->key = g_strdup (token_at (reading, name_last)->norm);
  strip_possessive (speaker->key);

  return speaker;
}

/* The run of name tokens ending at @last (going back), or starting at
 * @first (going on); FALSE when there is none. */
static gboolean
run_back (const Reading *reading,
          gint           last,
          gint          *first)
{
  gint i = last;

  while (i >= 0 && in_run (reading, i))
    i--;
  *first = i + 1;

  return *first <= last;
}

static gboolean
run_on (const Reading *reading,
        gint           first,
        gint          *last)
{
  gint i = first;

  while (i < (gint) reading->tokens->len && in_run (reading, i))
    i++;
  *last = i - 1;

  return *last >= first;
}

/* "he", "the minister": the last person named. */
static PlxSpeaker *
stand_in (const Reading    *reading,
          gint              i,
          PlxSpeakerMemory *memory)
{
  const PlxToken *token = token_at (reading, i);

  if (memory == NULL || memory->last_person == NULL || !outside (reading, i))
    return NULL;
  if (in_set (reading->words->pronouns, token))
    return plx_speaker_copy (memory->last_person);
  if (in_set (reading->words->references, token) && (token->flags & PLX_TOKEN_FLAG_CAPITALISED) == 0)
    return plx_speaker_copy (memory->last_person);

  return NULL;
}

static char *
words_between (const Reading *reading,
               gint           first,
               gint           last)
{
  return g_strndup (reading->text + token_at (reading, first)->start,
                    token_at (reading, last)->end - token_at (reading, first)->start);
}

/* The speaker named beside the verb at @v: before it, over the words
 * that may stand between, else after it. */
static PlxSpeaker *
beside_verb (const Reading    *reading,
             gint              v,
             gint              lowest,
             PlxSpeakerMemory *memory,
             char            **attribution)
{
  gint i = v - 1, first, last;
  PlxSpeaker *speaker = NULL;

  while (i >= lowest && outside (reading, i) && in_set (reading->words->skip, token_at (reading, i)) &&
         (token_at (reading, i)->flags & PLX_TOKEN_FLAG_CAPITALISED) == 0)
    i--;
  if (i >= lowest && run_back (reading, i, &first) && first >= lowest &&
      (speaker = speaker_of_run (reading, first, i)) != NULL)
    {
      *attribution = words_between (reading, first, v);
      return speaker;
    }
  if (i >= lowest && (speaker = stand_in (reading, i, memory)) != NULL)
    {
      *attribution = words_between (reading, i - (i > lowest && in_set (reading->words->references, token_at (reading, i))), v);
      return speaker;
    }

  i = v + 1;
  /* "said the minister", "said he" */
  if (i < (gint) reading->tokens->len && (token_at (reading, i)->flags & PLX_TOKEN_FLAG_STOP) != 0 &&
      !in_set (reading->words->pronouns, token_at (reading, i)) && i + 1 < (gint) reading->tokens->len &&
      in_set (reading->words->references, token_at (reading, i + 1)))
    i++;
  if (i < (gint) reading->tokens->len && (speaker = stand_in (reading, i, memory)) != NULL)
    {
      *attribution = words_between (reading, v, i);
      return speaker;
    }
  if (i < (gint) reading->tokens->len && run_on (reading, i, &last) &&
      (speaker = speaker_of_run (reading, i, last)) != NULL)
    {
      *attribution = words_between (reading, v, last);
      return speaker;
    }

  return NULL;
}

static void
remember (PlxSpeakerMemory *memory,
          const PlxSpeaker *speaker)
{
  if (memory == NULL || speaker == NULL || !speaker->person)
    return;
  plx_speaker_free (memory->last_person);
  memory->last_person = plx_speaker_copy (speaker);
}

/**
 * plx_quote_find_speaker:
 * @text: a sentence
 * @tokens: (element-type PlxToken): its tokens
 * @quote_start: the byte offset in @text of the quote's first byte
 *   inside its marks
 * @quote_end: the byte offset just past its last
 * @language: (nullable): the sentence's language; English when %NULL
 * @memory: (nullable): what the article named before, updated with the
 *   speaker when a person
 * @attribution: (out) (optional) (transfer full): the words naming the
 *   speaker ("Gor said"), or %NULL
 *
 * Finds who said the quote (see the top of this file).
 *
 * Returns: (transfer full) (nullable): the speaker, or %NULL when unknown
 */
PlxSpeaker *
plx_quote_find_speaker (const char       *text,
                        GArray           *tokens,
                        gsize             quote_start,
                        gsize             quote_end,
                        const char       *language,
                        PlxSpeakerMemory *memory,
                        char            **attribution)
{
  Reading reading = { text, tokens, words_for (language), quote_start, quote_end,
                      memory != NULL ? memory->known : NULL };
  g_autofree char *words = NULL;
  PlxSpeaker *speaker = NULL;
  gint before = -1, after = -1, n = tokens->len;

  if (attribution != NULL)
    *attribution = NULL;
  if (reading.words == NULL)
    return NULL;

  for (gint i = 0; i < n; i++)
    {
      const PlxToken *token = token_at (&reading, i);

      if (token->end <= quote_start)
        before = i;
      else if (token->start >= quote_end && after < 0)
        after = i;
    }

  /* 1. After the quote, near it. */
  for (gint i = after; after >= 0 && i < n && i < after + AFTER_TOKENS && speaker == NULL; i++)
    if (is_verb (&reading, i))
      speaker = beside_verb (&reading, i, after, memory, &words);
  /* 2. Before it, the nearest verb. */
  for (gint i = before; i >= 0 && speaker == NULL; i--)
    if (is_verb (&reading, i))
      {
        speaker = beside_verb (&reading, i, 0, memory, &words);
        break;
      }
  /* 3. "according to Gor", "Gor zufolge". */
  for (gint i = 0; i < n && speaker == NULL; i++)
    if (outside (&reading, i) && in_set (reading.words->according, token_at (&reading, i)))
      {
        gint first = i + 1 + (i + 1 < n && token_at (&reading, i + 1)->norm != NULL &&
                              g_str_equal (token_at (&reading, i + 1)->norm, "to"));
        gint last;

        /* "selon le ministre Jaishankar", "according to the minister" */
        while (first < n && (token_at (&reading, first)->flags & PLX_TOKEN_FLAG_STOP) != 0 &&
               (token_at (&reading, first)->flags & PLX_TOKEN_FLAG_CAPITALISED) == 0)
          first++;
        if (first < n && run_on (&reading, first, &last))
          speaker = speaker_of_run (&reading, first, last);
        else if (i > 0 && run_back (&reading, i - 1, &first))
          speaker = speaker_of_run (&reading, first, i - 1);
        if (speaker != NULL)
          words = g_strdup (token_at (&reading, i)->norm);
      }

  remember (memory, speaker);
  if (memory != NULL)
    plx_speaker_memory_know (memory, speaker);
  if (attribution != NULL)
    *attribution = g_steal_pointer (&words);

  return speaker;
}

#define APPOSITION_TOKENS 8

/* Is the comma at @i the start of a name set off by commas after words
 * holding a title ("the deputy chief of staff at the White House,
 * Stephen Miller, said")? @last: the name's last token. */
static gboolean
is_title_apposition (const Reading *reading,
                     gint           i,
                     gint          *last)
{
  gint n = reading->tokens->len;
  gboolean titled = FALSE;

  if (!outside (reading, i) || token_at (reading, i)->kind != PLX_TOKEN_PUNCT ||
      reading->text[token_at (reading, i)->start] != ',' ||
      !is_name_word (reading, token_at (reading, i + 1)) || is_title (reading, token_at (reading, i + 1)))
    return FALSE;
  for (gint j = i - 1; j >= 0 && j >= i - APPOSITION_TOKENS && !titled; j--)
    {
      if (token_at (reading, j)->kind == PLX_TOKEN_PUNCT)
        break;
      titled = is_title (reading, token_at (reading, j));
    }
  if (!titled || !run_on (reading, i + 1, last) || *last == i + 1 || *last + 1 >= n)
    return FALSE;

  return token_at (reading, *last + 1)->kind == PLX_TOKEN_PUNCT &&
         reading->text[token_at (reading, *last + 1)->start] == ',';
}

/**
 * plx_speaker_memory_read:
 * @memory: an article's memory
 * @text: its next sentence
 * @tokens: (element-type PlxToken): the sentence's tokens
 * @language: (nullable): its language
 * @from: the byte offset in @text to read from
 * @until: the byte offset to read up to (G_MAXSIZE: the end)
 *
 * Remembers the last person the sentence names after a title
 * ("Ambassador Sergio Gor arrived …"), set off by commas after words
 * holding one ("the deputy chief of staff, Stephen Miller, …") or whom
 * the corpus knows ("Sergio
 * Gor assumed his role"), for a later "he said". A sentence is read up
 * to each of its quotes first: "Jaishankar said he “concluded a good
 * conversation” with Marco Rubio" is Jaishankar's.
 */
void
plx_speaker_memory_read (PlxSpeakerMemory *memory,
                         const char       *text,
                         GArray           *tokens,
                         const char       *language,
                         gsize             from,
                         gsize             until)
{
  Reading reading = { text, tokens, words_for (language), 0, 0, memory->known };
  gint n = tokens->len;

  if (reading.words == NULL)
    return;
  for (gint i = 0; i < n; i++)
    {
      const PlxToken *token = token_at (&reading, i);
      gint last;

      if (token->start < from)
        continue;
      if (token->end > until)
        break;

      /* A person the corpus knows, named anywhere outside a quote. */
      if (memory->known != NULL && is_name_word (&reading, token) && outside (&reading, i))
        {
          const PlxSpeaker *known = g_hash_table_lookup (memory->known, token->norm);

          if (known != NULL)
            remember (memory, known);
        }
      if (i + 1 >= n)
        break;

      /* "Trump’s deputy chief of staff, Stephen Miller, also accused …" */
      if (is_title_apposition (&reading, i, &last) && token_at (&reading, last)->end <= until)
        {
          g_autoptr(PlxSpeaker) speaker = speaker_of_run (&reading, i + 1, last);

          if (speaker != NULL && speaker->person)
            {
              remember (memory, speaker);
              plx_speaker_memory_know (memory, speaker);
              i = last;
              continue;
            }
        }

      if (!is_name_word (&reading, token_at (&reading, i + 1)) || !outside (&reading, i) ||
          !is_title (&reading, token_at (&reading, i)) || is_title (&reading, token_at (&reading, i + 1)))
        continue;
      if (run_on (&reading, i, &last) && token_at (&reading, last)->end <= until)
        {
          g_autoptr(PlxSpeaker) speaker = speaker_of_run (&reading, i, last);

          remember (memory, speaker);
          plx_speaker_memory_know (memory, speaker);
          i = last;
        }
    }
}
