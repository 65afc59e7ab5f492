/* plx-manifest.h: corpus.json manifests and Parallax's own JSON exports
 *
 * Copyright 2026 The Parallax authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * PlxManifestEntry:
 * @id: (nullable): the article's id
 * @file: (nullable): the file to read, relative to the manifest's folder
 * @text: (nullable): the article's text, given inline
 * @outlet: (nullable): the outlet's name
 * @title: (nullable): the headline
 * @url: (nullable): where it was published
 * @date: (nullable): the publication date, ISO 8601
 * @published: (nullable): the publication time as given, ISO 8601
 * @language: (nullable): a language code
 * @sentences: (nullable) (element-type PlxSentence): the sentences, when
 *   the document is a Parallax export
 * @label: how messages name this entry ("article 3 (reuters.txt)")
 *
 * One article as a manifest or an export describes it.
 */
typedef struct
{
  char      *id;
  char      *file;
  char      *text;
  char      *outlet;
  char      *title;
  char      *url;
  char      *date;
  char      *published;
  char      *language;
  GPtrArray *sentences;
  char      *label;
} PlxManifestEntry;

/**
 * PlxManifest:
 * @name: (nullable): the corpus's name
 * @entries: (element-type PlxManifestEntry): the articles
 * @is_export: whether the document is a Parallax export
 */
typedef struct
{
  char      *name;
  GPtrArray *entries;
  gboolean   is_export;
} PlxManifest;

PlxManifest *plx_manifest_parse (const char   *data,
                                 gssize        length,
                                 const char   *file_name,
                                 GPtrArray    *warnings,
                                 GError      **error);
void         plx_manifest_free  (PlxManifest  *manifest);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PlxManifest, plx_manifest_free)

G_END_DECLS
