/* vb-template-xml.h — reading the built-in XML lists (templates,
 * questionnaire, call sheet): the helpers both loaders share
 *
 * Copyright 2026 The Vendorbench developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every reader names each element and attribute it knows; anything else
 * is an error that names the element, so that a typo in a built-in file
 * cannot silently drop content. @source names the file in messages
 * ("customer-support", "questionnaire", …).
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* The attributes and children a <vendorbench-template> may have */
extern const char *const vb_template_root_attributes[];
extern const char *const vb_template_root_children[];

xmlDoc   *vb_template_xml_read             (GBytes             *bytes,
                                            const char         *source,
                                            const char         *root_name,
                                            GError            **error);
gboolean  vb_template_xml_error            (GError            **error,
                                            const char         *source,
                                            const char         *detail);
gboolean  vb_template_xml_check_attributes (xmlNode            *node,
                                            const char *const  *known,
                                            const char         *source,
                                            GError            **error);
gboolean  vb_template_xml_check_children   (xmlNode            *node,
                                            const char *const  *known,
                                            const char         *source,
                                            GError            **error);
gboolean  vb_template_xml_is               (xmlNode            *node,
                                            const char         *name);
char     *vb_template_xml_prop             (xmlNode            *node,
                                            const char         *name);
char     *vb_template_xml_normal_text      (xmlNode            *node);
char     *vb_template_xml_child_text       (xmlNode            *node,
                                            const char         *name);

G_END_DECLS
